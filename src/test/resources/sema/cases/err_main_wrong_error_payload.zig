pub fn main() !u16 {
    return 1;
}
