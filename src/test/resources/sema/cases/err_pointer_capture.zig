const E = error{LostQ};
var g: E!u8 = 1;
export fn run() u8 {
    var x = g;
    if (x) |*v| {
        v.* += 1;
    } else |_| {}
    const y = g;
    if (y) |*v| {
        v.* += 1;
    } else |_| {}
    return x catch 0;
}
