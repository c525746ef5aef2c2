const std = @import("std");
comptime {
    const x: u8 = std.fmt.parseInt(u8, "12", 10);
    _ = x;
}
