const A = *u8;
const B = *const u8;
const C = *volatile u8;
const D = *allowzero u8;
const E = *align(4) u8;
const F = *align(1:0:1) u8;
const G = *addrspace(.generic) u8;
const H = **u8;
const I = [*]u8;
const J = [*:0]u8;
const K = [*c]u8;
const L = [*]align(8) const volatile u8;
const M = *const *const u8;
const N = ?*u8;
const O = [*:0]const u8;
const P = *allowzero align(2) const volatile u8;
comptime {
    _ = .{ A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P };
}
