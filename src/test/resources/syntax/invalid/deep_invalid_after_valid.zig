const a = struct {
    fn f() void {
        const b = .{ 1, 2, 3 };
        _ = b;
        if (true) {
            return
        }
    }
};
