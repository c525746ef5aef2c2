test "x" 1;
