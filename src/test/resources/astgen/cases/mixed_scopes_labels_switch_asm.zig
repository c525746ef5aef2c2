fn g(a: Undeclared1, b: u32) Undeclared2 {
    const x = 1;
    _ = b;
}
usingnamespace Undeclared3;
fn h(xs: []const u32) u32 {
    outer: for (xs) |x| {
        inner: while (true) {
            const y = x;
            break :outer;
        }
    }
    return blk: {
        break :blk return 5;
    };
}
fn k(n: u32) type {
    return struct {
        v: u32 = n,
    };
}
fn m(v: anyerror!u32) void {
    while (v) |_| {} else |_| {}
    while (v) |p| {} else |e| {}
    errdefer |_| {}
    const T = @TypeOf(1, undeclared_in_typeof, 2);
    _ = T;
}
fn sw(x: u32) u32 {
    return switch (x) {
        0...Undeclared4 => |c| 1,
        Undeclared5, 7 => 2,
        else => |e| 3,
    };
}
fn asmf(x: u32) void {
    asm volatile ("" :: [a] "r" (undeclared_asm_in));
    _ = x;
}
fn ct() void {
    comptime var a = 1;
    comptime {
        var b = 2;
        comptime var c = 3;
        _ = &b;
        _ = c;
    }
    _ = a;
}
comptime { _ = g; _ = h; _ = k; _ = m; _ = sw; _ = asmf; _ = ct; }
