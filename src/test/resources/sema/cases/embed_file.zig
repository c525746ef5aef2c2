const missing = @embedFile("embed_missing.txt");
const data = @embedFile("embed_data.txt");
comptime {
    if (data.len != 6 or data[0] != 104) @compileError("data");
    const t: *const [6:0]u8 = data;
    _ = t;
    const s: []const u8 = data;
    if (s[5] != 10) @compileError("newline");
    _ = missing;
}
