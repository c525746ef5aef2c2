usingnamespace @import("std")
const x = 1;
