fn Unsigned(comptime bits: u16) type {
    return @Type(.{ .int = .{ .signedness = .unsigned, .bits = bits } });
}
comptime {
    if (Unsigned(12) != u12) @compileError("@Type int");
    if (@Type(@typeInfo(?bool)) != ?bool) @compileError("round trip");
    if (@Type(@typeInfo([]const u8)) != []const u8) @compileError("slice round trip");
}
comptime {
    const small: Unsigned(3) = 9;
    _ = small;
}
