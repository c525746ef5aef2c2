export fn run() !void {
    return error.BadQ;
}
