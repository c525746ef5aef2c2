const E = error{Qa};
const T = E!u8;
comptime {
    const x: T = error.Qb;
    _ = x;
}
