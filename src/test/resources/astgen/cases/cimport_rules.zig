const c = @cImport({
    @cInclude("stdio.h");
    @cImport({});
});
fn g() void {
    @cDefine("X", "1");
}
comptime { _ = g; }
