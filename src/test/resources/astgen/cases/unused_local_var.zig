pub fn main() void {
    var counter: u32 = 0;
    var other = @as(u8, 3);
}
