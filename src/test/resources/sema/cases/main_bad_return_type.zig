pub fn main() u32 {
    return 0;
}
