const std = @import("std");
comptime {
    _ = std.no_such_namespace;
}
