pub fn main() void {
    const a = missing_thing + 1;
    _ = a;
}
