var n: u8 = 1;
export fn run() void {
    switch (n) {
        1 => {},
        2, 1 => {},
        else => {},
    }
}
