fn g(u32) void {}
fn h(Foo) void {}
comptime { _ = g; _ = h; }
