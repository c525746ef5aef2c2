comptime {
    @compileLog(@as(u8, 1));
}
comptime {
    @compileLog(.tag, null);
}
