const E = error{ NoneQ, BadQ };
fn pick(x: u8) E!u8 {
    const err: E = if (x == 0) error.NoneQ else error.BadQ;
    if (x < 2) return err;
    return x;
}
comptime {
    _ = pick(1) catch unreachable;
}
