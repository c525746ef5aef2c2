const Tag = enum { int, float };
const A = union(enum) {
    int: i64,
    float: f64,
    none,
};
const B = union(Tag) {
    int: i64,
    float: f64,
};
const C = union(enum(u8)) {
    x: u8,
    y: void,
};
const D = union {};
comptime {
    _ = A;
    _ = B;
    _ = C;
    _ = D;
}
