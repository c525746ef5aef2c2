const P = packed struct { a: u3, b: u5, c: bool };
const E = extern struct { a: u8, b: u32, c: u16 };
export fn f(e: E, p: P) u32 {
    return e.b + p.a;
}
