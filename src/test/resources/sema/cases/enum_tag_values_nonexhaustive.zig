const Opcode = enum(u8) {
    nop = 0x90,
    ret = 0xc3,
    int3 = 0xcc,
    _,
};
fn name(op: Opcode) []const u8 {
    return switch (op) {
        .nop => "nop",
        .ret => "ret",
        .int3 => "int3",
        _ => "unknown",
    };
}
comptime {
    if (@intFromEnum(Opcode.ret) != 0xc3) @compileError("ret");
    const odd: Opcode = @enumFromInt(1);
    if (name(odd)[0] != @as(u8, 117)) @compileError("unknown");
    if (@sizeOf(Opcode) != 1) @compileError("size");
}
