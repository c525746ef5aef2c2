export fn anything(x: anytype) void {
    _ = x;
}
export fn typed(comptime T: type) void {
    _ = T;
}
export fn meta(x: type) void {
    _ = x;
}
