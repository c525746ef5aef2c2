const std = @import("std");
const Mine = error{ Overflow, TooLongQ };
comptime {
    const T = @TypeOf(std.fmt.parseInt(u8, "12", 10));
    const x: u8 = @as((@typeInfo(T).error_union.error_set || Mine)!u8, 1);
    _ = x;
}
