fn f() void {
    const x = 1;
}
pub fn main() void {
    f();
}
