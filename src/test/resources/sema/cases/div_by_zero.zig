const a = 10;
const c = a / 0;
comptime {
    _ = c;
}
