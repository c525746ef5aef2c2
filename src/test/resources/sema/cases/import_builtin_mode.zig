const builtin = @import("builtin");
comptime {
    if (builtin.is_test) @compileError("not a test build");
    if (!builtin.link_libc == false) @compileError("libc is not linked");
}
