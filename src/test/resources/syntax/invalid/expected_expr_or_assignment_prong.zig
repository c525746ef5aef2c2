fn f(x: u8) void {
    switch (x) {
        else => ,
    }
}
