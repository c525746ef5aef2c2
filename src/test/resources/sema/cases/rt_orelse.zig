var a: ?u32 = null;
export fn f() u32 {
    return a orelse 7;
}
