const a = 1__000;
const b = 1_;
const c = 0x_1;
