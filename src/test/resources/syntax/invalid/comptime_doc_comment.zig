/// doc
comptime {}
