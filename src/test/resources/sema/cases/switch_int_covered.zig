var n: u2 = 1;
export fn run() u8 {
    return switch (n) {
        0, 1 => 10,
        2...3 => 20,
    };
}
