const Op = enum { add, sub };
const Token = union(enum) {
    num: i64,
    op: Op,
    lparen,
};
const EvalError = error{ StackUnderflowQ, BadTokenQ };
fn apply(op: Op, a: i64, b: i64) i64 {
    return switch (op) {
        .add => a + b,
        .sub => a - b,
    };
}
fn evalOne(t: Token, acc: i64) EvalError!i64 {
    return switch (t) {
        .num => |n| n,
        .op => |op| apply(op, acc, 1),
        .lparen => error.BadTokenQ,
        .rparen => error.BadTokenQ,
    };
}
export fn run(x: i64) i64 {
    return evalOne(.{ .num = x }, 0) catch -1;
}
