const a = 1;
/// dangling
