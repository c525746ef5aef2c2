const Payload = union(enum) { num: u16, flag: bool };
const Msg = struct { id: u8, body: Payload };
fn weight(m: Msg) u16 {
    return switch (m.body) {
        .num => |n| n + m.id,
        .flag => |b| if (b) 1 else 0,
    };
}
comptime {
    const msgs = [_]Msg{
        .{ .id = 1, .body = .{ .num = 41 } },
        .{ .id = 2, .body = .{ .flag = true } },
    };
    var total: u16 = 0;
    for (msgs) |m| total += weight(m);
    if (total != 43) @compileError("total");
}
