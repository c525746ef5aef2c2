pub fn main() !void {
    if (check(3)) return error.NotReadyQ;
}
fn check(x: u8) bool {
    return x > 2;
}
