fn twice(x: anytype) @TypeOf(x) {
    return x * 2;
}
export fn run() void {
    _ = twice(true);
}
