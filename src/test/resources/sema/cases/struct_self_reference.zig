const Node = struct {
    value: i32,
    next: ?*const Node = null,
};
fn length(head: ?*const Node) usize {
    var n: usize = 0;
    var cur = head;
    while (cur) |node| : (cur = node.next) n += 1;
    return n;
}
const c = Node{ .value = 3 };
const b = Node{ .value = 2, .next = &c };
const a = Node{ .value = 1, .next = &b };
comptime {
    if (length(&a) != 3) @compileError("len");
}
const Tree = struct {
    left: ?*Tree,
    right: ?*Tree,
    const Self = @This();
    fn leaf() Self {
        return .{ .left = null, .right = null };
    }
};
export fn mk() bool {
    const t = Tree.leaf();
    return t.left == null;
}
