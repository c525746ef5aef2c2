fn f() !u8 {
    return error.ZeroQ;
}
export fn run() u8 {
    if (f()) |v| return v;
    return 0;
}
