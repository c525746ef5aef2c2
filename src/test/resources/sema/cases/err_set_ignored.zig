export fn run() void {
    error.UnusedQ;
}
