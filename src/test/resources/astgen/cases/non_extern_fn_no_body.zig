fn proto() void;
extern fn ok() void;
