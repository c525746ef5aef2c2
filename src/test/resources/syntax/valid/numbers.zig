const a = 0;
const b = 123_456;
const c = 0x1F_ff;
const d = 0o777;
const e = 0b1010_0101;
const f = 1.5;
const g = 1e10;
const h = 1.5e-3;
const i = 0x1p4;
const j = 0x1.8p-2;
const k = 1_000.000_1;
const l = 6.02E+23;
const m = 0xAbC.dEfP+1;
comptime {
    _ = .{ a, b, c, d, e, f, g, h, i, j, k, l, m };
}
