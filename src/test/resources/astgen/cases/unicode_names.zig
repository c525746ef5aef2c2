const @"héllo" = 1;
const @"h\xc3\xa9llo" = 2;
fn f() void {
    const @"€" = 3;
}
comptime { _ = f; }
