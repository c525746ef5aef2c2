const E = enum { a, b };
fn g(e: E) u32 {
    return switch (e) {
        .a => 1,
        .@"" => 2,
        else => 3,
    };
}
fn h() E {
    return .@""();
}
const c: E = .@"";
comptime { _ = g; _ = h; }
