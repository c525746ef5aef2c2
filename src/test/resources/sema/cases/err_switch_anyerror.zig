var x: anyerror = error.SomeQ;
export fn run() void {
    switch (x) {
        error.SomeQ => {},
    }
}
