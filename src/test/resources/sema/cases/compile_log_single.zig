const S = struct { a: u8, b: bool };
comptime {
    @compileLog("hi", 1.5, S{ .a = 1, .b = true });
}
