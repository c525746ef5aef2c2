const limit: u32 = 4;
export fn f() void {
    limit = 5;
}
