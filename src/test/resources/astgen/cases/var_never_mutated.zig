pub fn main() void {
    var x: u32 = 5;
    _ = x + 1;
}
