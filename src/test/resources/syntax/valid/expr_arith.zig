fn f(a: i32, b: i32) i32 {
    var x = a + b - a * b;
    x = @divTrunc(x, 2) + @rem(x, 3) + @mod(x, 4);
    x +%= a -% b *% a;
    x +|= a -| b *| a;
    x = x / 2 % 3;
    x = -x;
    x = -%x;
    x <<= 1;
    x >>= 1;
    x = x << 2 >> 1;
    x = x <<| 1;
    x <<|= 1;
    x *= 2;
    x /= 2;
    x %= 3;
    x -= 1;
    x += 1;
    x *%= 1;
    x -%= 1;
    x *|= 1;
    x -|= 1;
    return x;
}
comptime {
    _ = &f;
}
