const s = "abc;
const t = 1;
