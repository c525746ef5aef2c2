fn g() void {
    @doesNotExist(1);
}
comptime { _ = g; }
