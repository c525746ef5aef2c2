export fn run() u8 {
    const half: u8 = 2.5;
    return half;
}
