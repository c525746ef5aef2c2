// Ünïcödé in a comment: 日本語 ✓
/// Doc with emoji 🎉
const a = "日本語";
comptime {
    _ = a;
}
