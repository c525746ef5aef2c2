const E = error{BadQ};
export fn run() E!u8 {
    return 1;
}
