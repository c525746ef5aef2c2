const Counter = struct {
    total: u64,
    fn addAll(self: *Counter, items: anytype) void {
        inline for (items) |item| self.total += item;
    }
};
var counter = Counter{ .total = 0 };
export fn run() void {
    counter.addAll(.{ 1, 2, @as(u8, 3) });
}
export fn bad() void {
    counter.addAll(.{ 1, true });
}
