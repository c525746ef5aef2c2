const E = error{ FirstQ, SecondQ };
fn f() E!u8 {
    return 1;
}
comptime {
    _ = try f();
}
