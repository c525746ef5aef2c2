const std = @import("std");
const Kind = union(enum) { word: []const u8, number: u32 };
fn classify(s: []const u8) Kind {
    for (s) |c| {
        if (c < '0' or c > '9') return .{ .word = s };
    }
    return .{ .number = @intCast(s.len) };
}
comptime {
    const k = classify("abc");
    if (!std.mem.eql(u8, k.word, "abc")) @compileError("word");
    if (classify("42").number != 2) @compileError("number");
}
