/// doc
test "x" {}
