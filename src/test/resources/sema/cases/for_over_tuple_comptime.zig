comptime {
    const t = .{ 1, 2, 3 };
    var sum = 0;
    for (t) |v| sum += v;
    if (sum != 6) @compileError("for over tuple");
}
