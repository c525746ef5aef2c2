const a: u3 = 7;
const b: i3 = -4;
comptime {
    if (a != 7 or b != -4) @compileError("widths");
}
