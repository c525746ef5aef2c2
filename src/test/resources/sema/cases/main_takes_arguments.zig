pub fn main(argc: usize) void {
    _ = argc;
}
