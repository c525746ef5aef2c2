const E = error{AlphaQ};
export fn run() void {
    const x: E!u8 = 300;
    _ = x catch 0;
}
