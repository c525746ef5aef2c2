fn f() !u8 { return error.Qa; }
export fn run() u8 {
    return comptime f() catch 3;
}
