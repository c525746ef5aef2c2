const a = 1; /// doc
const b = 2;
