const Op = enum(u8) { add = 1, sub = 2, _ };
export fn run(code: u8) u32 {
    const op: Op = @enumFromInt(code);
    return switch (op) {
        .add => 1,
        .sub => 2,
    };
}
