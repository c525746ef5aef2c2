const s = "hello";
comptime {
    if (s.len != 5) @compileError("len");
    if (s[1] != 'e') @compileError("index");
}
