const a = 0b1012;
const b = 0o78;
const c = 0xfg;
