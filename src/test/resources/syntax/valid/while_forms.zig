fn f(it: *?u8) void {
    var i: usize = 0;
    while (i < 10) i += 1;
    while (i < 20) : (i += 1) {}
    while (i < 30) : ({
        i += 1;
    }) {}
    while (it.*) |v| {
        _ = v;
        it.* = null;
    }
    while (false) {} else {}
    const e: anyerror!u8 = 1;
    while (e) |v| {
        _ = v;
        break;
    } else |err| {
        _ = err;
    }
    inline while (false) {}
    const x = while (i > 100) {
        break i;
    } else 0;
    _ = x;
}
comptime {
    _ = &f;
}
