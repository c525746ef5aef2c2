const E = error{AlphaQ};
export fn run() void {
    const x: E!u8 = true;
    _ = x catch 0;
}
