const Opts = struct {
    level: u8 = 3,
    name: []const u8,
};
fn countDefaults(comptime T: type) usize {
    var n: usize = 0;
    for (@typeInfo(T).@"struct".fields) |f| {
        if (f.default_value != null) n += 1;
    }
    return n;
}
comptime {
    if (countDefaults(Opts) != 1) @compileError("defaults");
    if (!@hasField(Opts, "level")) @compileError("hasField");
}
