package dev.zcu.zir;

/**
 * One declaration of a container as lowered from the AST: Zig's {@code Zir.Inst.Declaration}, identified across
 * edits by its {@link #key()} (Zig's TrackedInst). Produced by {@link Lowering}, consumed by sema and by
 * {@link ZirMap}. Positions are AST node/token indices of the file's current {@code Ast}.
 *
 * @param key        stable identity inside the file: container key, then the name ({@code Outer.inner}),
 *                   {@code comptime#N}, {@code test#NAME} or {@code usingnamespace#N}
 * @param kind       what sort of declaration
 * @param name       the declared name, or {@code null} for comptime/usingnamespace/unnamed tests
 * @param node       the declaration's AST node
 * @param nameToken  the token of the name (or of the keyword), for source locations
 * @param container  the index of the owning container in {@link Zir#containers()}
 * @param isPub      declared {@code pub}
 * @param isExport   declared {@code export}
 * @param isExtern   declared {@code extern}
 * @param srcHash    hash of the declaration's tokens (whitespace, comments and position do not count)
 */
public record ZirDecl(String key, Kind kind, String name, int node, int nameToken, int container, boolean isPub,
                      boolean isExport, boolean isExtern, long srcHash) {

    /** Zig's {@code Declaration.Flags.Id} reduced to what zcu distinguishes. */
    public enum Kind { CONST, VAR, FN, COMPTIME, TEST, USINGNAMESPACE }
}
