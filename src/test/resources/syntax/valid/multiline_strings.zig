const a =
    \\first line
    \\second line with "quotes" and \\ backslashes
    \\
;
const b = .{
    \\in a tuple
    ,
    1,
};
comptime {
    _ = a;
    _ = b;
}
