const E = error{ MissingQ, BrokenQ };
pub fn main() E!void {
    var x: u8 = 1;
    x += 1;
    if (x == 3) return error.BrokenQ;
}
