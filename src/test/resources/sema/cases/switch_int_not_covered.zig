var n: u8 = 1;
export fn run() void {
    switch (n) {
        0...200 => {},
    }
}
