const name = "std";
const std = @import(name);
