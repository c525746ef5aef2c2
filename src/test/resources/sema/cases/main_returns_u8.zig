const Counter = struct {
    count: u32 = 0,
    fn bump(self: *Counter) void {
        self.count += 1;
    }
};
pub fn main() u8 {
    var c = Counter{};
    c.bump();
    c.bump();
    const small: u8 = c.count;
    return small;
}
