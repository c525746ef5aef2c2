inline fn g() callconv(.C) void {}
