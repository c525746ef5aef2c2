fn f() !u8 { return error.Qa; }
export fn run() u8 {
    return switch (f()) {
        else => 1,
    };
}
