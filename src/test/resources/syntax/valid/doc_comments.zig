//! Top-level doc.

/// Doc for x.
/// Second line.
pub const x = 1;

/// Doc for S.
const S = struct {
    /// Doc for a field.
    a: u8,
    /// Doc for a decl.
    pub const y = 2;
};
comptime {
    _ = S;
}
