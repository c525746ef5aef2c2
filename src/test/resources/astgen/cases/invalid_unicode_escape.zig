const a = "\u{110000}";
const b = "\u{}";
const c = "\u12";
const d = "\xZZ";
