const E = error{ Qa, Qb };
export fn run() void {
    const x: E = error.Qa;
    switch (x) {
        error.Qa => {},
        error.Qb => {},
        else => {},
    }
}
