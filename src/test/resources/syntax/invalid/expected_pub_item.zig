pub test "x" {}
