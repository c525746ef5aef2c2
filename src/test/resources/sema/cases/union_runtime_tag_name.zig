const T = union(enum) { alpha: u8, beta: u16, gamma };
var g: T = .gamma;
export fn run() usize {
    return @tagName(g).len + @intFromEnum(g);
}
