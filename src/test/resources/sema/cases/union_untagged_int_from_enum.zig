const U = union { a: u8, b: u16 };
comptime {
    const u = U{ .a = 1 };
    _ = @intFromEnum(u);
}
