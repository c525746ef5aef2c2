const std = @import("std");
comptime {
    std.debug.assert(2 + 2 == 5);
}
