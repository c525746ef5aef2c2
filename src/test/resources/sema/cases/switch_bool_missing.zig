var b: bool = true;
export fn run() void {
    switch (b) {
        true => {},
    }
}
