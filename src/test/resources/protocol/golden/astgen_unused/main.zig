export fn f() void {
    const unused = 1;
    var never_mutated: u32 = 2;
    _ = never_mutated;
}

fn shadow(x: u32) u32 {
    const x = 3;
    return x;
}
