const bool = u1;
const i32 = struct {};
pub fn main() void {}
