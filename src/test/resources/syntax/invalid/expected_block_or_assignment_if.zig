fn f(a: bool) void {
    if (a) ;
}
