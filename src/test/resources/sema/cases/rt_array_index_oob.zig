export fn f() u8 {
    const arr = [_]u8{ 1, 2, 3 };
    return arr[3];
}
