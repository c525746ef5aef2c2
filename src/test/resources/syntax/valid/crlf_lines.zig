const a = 1;
const b = 2;
// comment
comptime {
    _ = .{ a, b };
}
