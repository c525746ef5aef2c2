extern fn f() void {}
