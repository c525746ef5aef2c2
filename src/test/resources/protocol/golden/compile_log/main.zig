fn square(x: u32) u32 {
    return x * x;
}

comptime {
    @compileLog(square(3), "nine");
}
