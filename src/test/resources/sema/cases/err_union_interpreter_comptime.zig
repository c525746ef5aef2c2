const Op = enum { add, sub, mul, div };
const Token = union(enum) {
    num: i64,
    op: Op,
    lparen,
    rparen,
};
const EvalError = error{ DivByZeroQ, StackUnderflowQ, StackOverflowQ, BadTokenQ };

const Stack = struct {
    items: [4]i64 = .{ 0, 0, 0, 0 },
    len: usize = 0,
    fn push(self: *Stack, v: i64) EvalError!void {
        if (self.len == self.items.len) return error.StackOverflowQ;
        self.items[self.len] = v;
        self.len += 1;
    }
    fn pop(self: *Stack) EvalError!i64 {
        if (self.len == 0) return error.StackUnderflowQ;
        self.len -= 1;
        return self.items[self.len];
    }
};

fn apply(op: Op, a: i64, b: i64) EvalError!i64 {
    return switch (op) {
        .add => a + b,
        .sub => a - b,
        .mul => a * b,
        .div => if (b == 0) error.DivByZeroQ else @divTrunc(a, b),
    };
}

fn evalRpn(tokens: []const Token) !i64 {
    var stack = Stack{};
    for (tokens) |t| {
        switch (t) {
            .num => |n| try stack.push(n),
            .op => |op| {
                const b = try stack.pop();
                const a = try stack.pop();
                try stack.push(try apply(op, a, b));
            },
            .lparen, .rparen => return error.BadTokenQ,
        }
    }
    return stack.pop();
}

export fn run(x: i64) i64 {
    const toks = [_]Token{ .{ .num = x }, .{ .num = 2 }, .{ .op = .mul } };
    return evalRpn(&toks) catch |err| switch (err) {
        error.DivByZeroQ => -1,
        error.StackUnderflowQ, error.StackOverflowQ => -2,
        error.BadTokenQ => -3,
    };
}
comptime {
    const good = [_]Token{ .{ .num = 6 }, .{ .num = 3 }, .{ .op = .div }, .{ .num = 4 }, .{ .op = .add } };
    if ((evalRpn(&good) catch unreachable) != 6) @compileError("rpn");
    const bad = [_]Token{ .{ .num = 6 }, .{ .num = 0 }, .{ .op = .div } };
    if (evalRpn(&bad)) |_| @compileError("expected an error") else |e| if (e != error.DivByZeroQ) @compileError(@errorName(e));
    const under = [_]Token{.{ .op = .add }};
    _ = evalRpn(&under) catch |e| if (e != error.StackUnderflowQ) @compileError("underflow");
    const over = [_]Token{ .{ .num = 1 }, .{ .num = 1 }, .{ .num = 1 }, .{ .num = 1 }, .{ .num = 1 } };
    _ = evalRpn(&over) catch unreachable;
}
