comptime {
    comptime var i = 0;
    i += 1;
}
