export fn f(a: ?*u32) u32 {
    if (a) |p| return p.*;
    return 0;
}
