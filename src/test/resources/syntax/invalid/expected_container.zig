const S = extern fn() void;
