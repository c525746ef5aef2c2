test "" {}
test "body first" {
    const unused = 1;
}
test "a\x00b" {}
