comptime {
    const s = .{ .name = "zcu", .count = 3, .ok = true };
    if (s.count != 3 or !s.ok or s.name.len != 3) @compileError("anonymous struct fields");
}
