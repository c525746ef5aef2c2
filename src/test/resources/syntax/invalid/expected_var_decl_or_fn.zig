export test "x" {}
