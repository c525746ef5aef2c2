fn simple() void {}
pub fn withParams(a: u32, b: []const u8) usize {
    return a + b.len;
}
export fn exported() callconv(.C) void {}
extern fn ext(x: c_int) c_int;
extern "c" fn puts(s: [*:0]const u8) c_int;
inline fn inl() u8 {
    return 1;
}
noinline fn noinl() u8 {
    return 2;
}
fn aligned() align(16) void {}
fn sectioned() linksection(".text") void {}
fn errs() !void {}
fn errs2() error{Oops}!u8 {
    return error.Oops;
}
fn varargs(fmt: [*:0]const u8, ...) callconv(.C) void {
    _ = fmt;
}
comptime {
    _ = &simple;
    _ = &withParams;
    _ = &inl;
    _ = &noinl;
    _ = &aligned;
    _ = &sectioned;
    _ = &errs;
    _ = &errs2;
    _ = &varargs;
    _ = &ext;
    _ = &puts;
}
