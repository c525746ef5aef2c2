export fn run() void {
    _ = error.UnusedQ;
}
