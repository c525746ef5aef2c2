fn spin() void {
    sw: switch (@as(u8, 0)) {
        else => continue :sw 0,
    }
}
comptime {
    spin();
}
