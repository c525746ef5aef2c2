test "alpha" {}
test "beta" {}
test "alpha" {}
