extern fn f() !void;
