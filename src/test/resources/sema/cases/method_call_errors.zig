const Animal = struct {
    name: []const u8,
    legs: u8,
    fn describe(self: Animal) u8 {
        return self.legs;
    }
};
export fn f1() u8 {
    const a = Animal{ .name = "cat" };
    return a.legs;
}
export fn f2() u8 {
    const a = Animal{ .name = "cat", .legs = 4 };
    return a.describe(1);
}
export fn f3() u8 {
    const a = Animal{ .name = "cat", .legs = 4 };
    return a.fly();
}
export fn f4(x: u8) u8 {
    if (x) return 1;
    return 0;
}
export fn f5() void {
    const x: u8 = 1;
    x = 2;
}
export fn f6(x: i32) u32 {
    return x;
}
export fn f7() u8 {
    return @intCast(300);
}
export fn f8(x: u32) u8 {
    return @intCast(x);
}
fn noReturn() u8 {}
export fn f9() u8 {
    return noReturn();
}
