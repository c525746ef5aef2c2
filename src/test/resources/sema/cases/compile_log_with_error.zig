comptime {
    @compileLog(1);
}
comptime {
    const x: u8 = 256;
    _ = x;
}
