export fn f() u32 {
    return true;
}
