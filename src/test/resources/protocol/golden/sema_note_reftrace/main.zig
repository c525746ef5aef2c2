const b = @import("b.zig");
pub fn main() void {
    const x: u32 = b.foo();
    _ = x;
}
comptime {
    _ = &main;
}
