const P = struct { x: u32, y: u32 };
fn g() P {
    return .{ .x = 1, .y = 2, .x = 3 };
}
comptime { _ = g; }
