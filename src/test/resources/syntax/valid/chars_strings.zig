const a = 'a';
const b = '\n';
const c = '\x41';
const d = '\u{1F600}';
const e = '\'';
const f = '\\';
const g = "hello\tworld\n";
const h = "quote \" inside";
const i = "\u{48}\x49";
const j = "";
const k = 'é';
const l = "ünïcödé";
comptime {
    _ = .{ a, b, c, d, e, f, g, h, i, j, k, l };
}
