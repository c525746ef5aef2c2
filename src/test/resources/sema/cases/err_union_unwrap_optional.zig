fn f() !u8 {
    return error.ZeroQ;
}
export fn run() u8 {
    return f().?;
}
