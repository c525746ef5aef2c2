const std = @import("std");
comptime {
    if (!std.mem.eql(u8, "abc", "abc")) @compileError("eql");
    if (std.mem.eql(u8, "abc", "abd")) @compileError("not eql");
    if (std.math.maxInt(u8) != 255 or std.math.maxInt(i16) != 32767) @compileError("maxInt");
    if (std.math.minInt(i8) != -128) @compileError("minInt");
}
