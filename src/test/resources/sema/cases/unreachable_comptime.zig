comptime {
    unreachable;
}
