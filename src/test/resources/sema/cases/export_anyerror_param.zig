export fn run(e: anyerror) void {
    _ = e;
}
