const missing = @import("missing_file.zig");
comptime {
    _ = missing;
}
