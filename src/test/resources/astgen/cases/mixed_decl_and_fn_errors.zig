const std = @import("std");
const Unused = struct {
    fn a(p: u32) void {}
};
pub fn main() void {
    var local = std.mem.zeroes(u32);
    _ = local;
}
test "x" {
    const t = 5;
}
