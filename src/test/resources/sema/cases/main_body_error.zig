pub fn main() void {
    const limit: u8 = 300;
    _ = limit;
}
