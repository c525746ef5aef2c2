export fn f(a: bool, b: bool) bool {
    return (a and !b) or (b and !a);
}
