const A = []u8;
const B = []const u8;
const C = [:0]const u8;
const D = []align(4) u8;
const E = [4]u8;
const F = [4:0]u8;
const G = [_]u8{ 1, 2, 3 };
const H = [2][3]u8;
const I = [_:0]u8{ 'a', 'b' };
const J = []allowzero volatile u8;
comptime {
    _ = .{ A, B, C, D, E, F, G, H, I, J };
}
