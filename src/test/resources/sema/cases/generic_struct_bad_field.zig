fn Pair(comptime T: type) type {
    return struct {
        a: T,
        b: T,
    };
}
const p = Pair(u8){ .a = 1, .c = 2 };
comptime {
    _ = p;
}
