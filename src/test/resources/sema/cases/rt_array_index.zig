export fn f(i: usize) u8 {
    const arr = [_]u8{ 1, 2, 3 };
    return arr[i];
}
