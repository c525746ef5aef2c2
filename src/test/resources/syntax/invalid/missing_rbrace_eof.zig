fn f() void {
    const x = 1;
