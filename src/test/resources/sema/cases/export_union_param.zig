const U = union { a: u8, b: u16 };
export fn run(u: U) void {
    _ = u;
}
