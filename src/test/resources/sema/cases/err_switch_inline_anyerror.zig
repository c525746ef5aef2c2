var g: anyerror = error.RedQ;
export fn run() usize {
    return switch (g) {
        inline else => |x| @errorName(x).len,
    };
}
