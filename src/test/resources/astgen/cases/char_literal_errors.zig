const a = 'ab';
const b = '\u{d800}';
