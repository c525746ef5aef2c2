const K = enum { a, b };
var k: K = .b;
export fn f() bool {
    return k == .a;
}
