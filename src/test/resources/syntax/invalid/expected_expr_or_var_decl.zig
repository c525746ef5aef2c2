fn f() void {
    const a, = .{1};
}
