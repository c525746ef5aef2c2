fn collatz(start: u64) u64 {
    var n = start;
    var count: u64 = 0;
    sw: switch (n % 2) {
        0 => {
            if (n == 1) break :sw;
            n /= 2;
            count += 1;
            continue :sw n % 2;
        },
        else => {
            if (n == 1) break :sw;
            n = 3 * n + 1;
            count += 1;
            continue :sw n % 2;
        },
    }
    return count;
}
comptime {
    if (collatz(27) != 111) @compileError("collatz steps");
}
