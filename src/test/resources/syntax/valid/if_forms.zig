fn f(a: bool, o: ?u8, r: anyerror!u8) u8 {
    if (a) {}
    if (a) {} else {}
    if (a) {} else if (!a) {} else {}
    if (o) |v| {
        _ = v;
    }
    if (o) |*v| {
        v.* += 1;
    }
    if (r) |v| {
        _ = v;
    } else |err| {
        _ = err;
    }
    const x = if (a) @as(u8, 1) else 2;
    var y: u8 = 0;
    if (a) y = 1 else y = 2;
    return x + y;
}
comptime {
    _ = &f;
}
