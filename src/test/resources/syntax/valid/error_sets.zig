const E1 = error{
    /// doc on a member
    A,
    B,
};
const E2 = error{C};
const E3 = error{};
const v = error.A;
fn f() E1!void {
    return error.A;
}
comptime {
    _ = .{ E2, E3, v };
    _ = &f;
}
