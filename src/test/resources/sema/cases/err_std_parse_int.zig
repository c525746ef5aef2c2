const std = @import("std");
comptime {
    const v = std.fmt.parseInt(u8, "123", 10) catch unreachable;
    if (v != 123) @compileError("parse");
    const e = std.fmt.parseInt(u8, "300", 10) catch |err| err;
    if (e != error.Overflow) @compileError(@errorName(e));
}
