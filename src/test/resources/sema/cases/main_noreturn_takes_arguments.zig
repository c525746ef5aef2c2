pub fn main(code: u8) noreturn {
    _ = code;
    while (true) {}
}
