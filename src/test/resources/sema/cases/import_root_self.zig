const root = @import("root");
pub const answer: u8 = 42;
comptime {
    if (root.answer != 42) @compileError("root is this file");
    _ = root.missing;
}
