const E = error{ RedQ, GreenQ, BlueQ };
fn name(e: E) []const u8 {
    return switch (e) {
        error.RedQ => |r| @errorName(r),
        else => |other| @errorName(other),
    };
}
comptime {
    if (name(error.RedQ).len != 4) @compileError("red");
    if (name(error.BlueQ)[0] != 'B') @compileError("blue");
}
