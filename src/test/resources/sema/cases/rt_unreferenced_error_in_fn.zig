fn bad() u8 {
    return true;
}
export fn f() u8 {
    return 1;
}
