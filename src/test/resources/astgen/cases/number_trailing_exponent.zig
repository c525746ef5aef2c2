const a = 1e;
const b = 0x1p;
