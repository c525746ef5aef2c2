export fn f(p: *u32) u32 {
    p.* += 1;
    return p.*;
}
