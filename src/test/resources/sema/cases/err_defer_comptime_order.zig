fn count(n: u32) u32 {
    var total: u32 = 0;
    {
        defer total += 1;
        defer total *= 10;
        total = n;
    }
    return total;
}
comptime {
    if (count(3) != 31) @compileError("defers ran in the wrong order");
}
