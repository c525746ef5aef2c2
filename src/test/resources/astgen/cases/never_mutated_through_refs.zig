const S = struct {
    a: u32,
    fn f(self: *S) void {
        var s = self;
        s.a = 1;
        var t = self.*;
        t.a = 2;
        var u = self.*;
        u.f();
        var w: [2]u8 = .{ 1, 2 };
        for (&w) |*p| p.* = 0;
        var q: [2]u8 = .{ 1, 2 };
        for (q) |*p| p.* = 0;
        var r: ?u32 = null;
        if (r) |*p| p.* = 1;
        var z: u32 = 0;
        const pz = &z;
        _ = pz;
        var sl: []u8 = undefined;
        _ = sl[0..];
    }
};
comptime { _ = S; }
