fn first() void {
    const unused_one = 1;
    return @bogus();
}
fn second() void {
    const unused_two = 2;
}
comptime {
    _ = first;
    _ = second;
}
