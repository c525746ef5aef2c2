//! A generic container: a list with a capacity fixed at compile time.

/// A list of at most `capacity` values of type `T`, stored inline.
pub fn BoundedList(comptime T: type, comptime capacity: usize) type {
    return struct {
        const Self = @This();

        items: [capacity]T,
        len: usize,

        pub fn init() Self {
            return .{ .items = undefined, .len = 0 };
        }

        /// Appends `item`; false when the list is full.
        pub fn append(self: *Self, item: T) bool {
            if (self.len == capacity) return false;
            self.items[self.len] = item;
            self.len += 1;
            return true;
        }

        pub fn slice(self: *const Self) []const T {
            return self.items[0..self.len];
        }
    };
}
