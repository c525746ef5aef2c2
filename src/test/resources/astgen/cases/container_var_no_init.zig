var global: u32;
pub fn main() void {}
