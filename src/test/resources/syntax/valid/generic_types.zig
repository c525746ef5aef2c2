fn List(comptime T: type) type {
    return struct {
        items: []T,
        const Self = @This();
        pub fn len(self: Self) usize {
            return self.items.len;
        }
    };
}
const L = List(u8);
comptime {
    _ = L.len;
}
