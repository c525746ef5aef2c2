const Stack = struct {
    items: [16]i32 = undefined,
    len: usize = 0,

    fn push(self: *Stack, v: i32) !void {
        if (self.len == self.items.len) return error.Overflow;
        self.items[self.len] = v;
        self.len += 1;
    }
    fn pop(self: *Stack) ?i32 {
        if (self.len == 0) return null;
        self.len -= 1;
        return self.items[self.len];
    }
};
export fn run() i32 {
    var s = Stack{};
    s.push(1) catch return -1;
    s.push(2) catch return -1;
    const top = s.pop() orelse 0;
    return top + s.pop().?;
}
comptime {
    var s = Stack{};
    s.push(40) catch unreachable;
    s.push(2) catch unreachable;
    const a = s.pop().?;
    const b = s.pop().?;
    if (a + b != 42) @compileError("stack");
}
