fn f() u8 {}
comptime {
    _ = f();
}
