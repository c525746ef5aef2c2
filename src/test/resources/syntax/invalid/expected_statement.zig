fn f() void {
    ) ;
}
