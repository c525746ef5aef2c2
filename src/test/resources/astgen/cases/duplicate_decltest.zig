fn thing() void {}
test thing {}
test thing {}
