const a = 0123;
const b = 00.5;
