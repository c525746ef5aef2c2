const A = anyframe;
const B = anyframe->u8;
const C = fn () void;
const D = *const fn (u8) anyerror!u8;
comptime {
    _ = .{ A, B, C, D };
}
