export fn run() void {
    _ = @errorName(5);
}
