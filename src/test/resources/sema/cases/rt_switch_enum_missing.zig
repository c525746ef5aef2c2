const K = enum { a, b, c };
var k: K = .b;
export fn f() u8 {
    return switch (k) {
        .a => 1,
    };
}
