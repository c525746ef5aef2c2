var n: u8 = 1;
export fn run() void {
    switch (n) {
        inline 1, 2, 3 => |v| {
            if (v == 3) @compileError("unrolled for 3");
        },
        else => {},
    }
}
