test "a string name" {}
test ident {}
test {}
const ident = 1;
