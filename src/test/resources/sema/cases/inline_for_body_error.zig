export fn run() u8 {
    var total: u8 = 0;
    inline for (.{ 1, true }) |v| {
        total += v;
    }
    return total;
}
