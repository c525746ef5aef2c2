fn g() u32 {
    const x = return 1;
    _ = x;
}
fn h() u32 {
    return 1 + (return 2);
}
comptime { _ = g; _ = h; }
