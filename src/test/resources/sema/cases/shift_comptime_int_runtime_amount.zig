var amount: u8 = 1;
export fn run() void {
    const v = 1 << amount;
    _ = v;
}
