fn f() u8 {
    return true;
}
comptime {
    _ = f();
}
