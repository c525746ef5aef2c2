const std = @import("std");
const assert = std.debug.assert;
comptime {
    assert(1 + 1 == 2);
}
export fn positive(x: u32) u32 {
    assert(x > 0);
    return x;
}
