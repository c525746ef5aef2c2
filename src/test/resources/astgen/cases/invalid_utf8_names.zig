const @"\xff" = 1;
const @"\xfe" = 2;
fn f() void {
    const @"\xfa" = 1;
    const @"\xfb" = 1;
    _ = @"\xfa";
}
comptime { _ = f; }
