threadlocal fn f() void {}
