const E = error{ BadQ, WorseQ };
export fn run() void {
    const x: E = error.UnknownQ;
    _ = x;
}
