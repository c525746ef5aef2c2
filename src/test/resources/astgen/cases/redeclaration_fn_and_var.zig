fn dup() void {}
var dup: u32 = 0;
