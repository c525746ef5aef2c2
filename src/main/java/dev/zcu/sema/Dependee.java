package dev.zcu.sema;

/**
 * Something an {@link AnalUnit}'s result depended on when it was last analysed, Zig's
 * {@code InternPool.Dependee}. When a dependee changes, its dependers are outdated.
 */
public sealed interface Dependee {

    /** The source of a tracked declaration or container (its ZIR hash). */
    record SrcHash(int trackedInst) implements Dependee {}

    /** The resolved value of a Nav. */
    record NavVal(int nav) implements Dependee {}

    /** The resolved type of a Nav. */
    record NavTy(int nav) implements Dependee {}

    /** An interned container type or function (recreated or re-analysed types and funcs change it). */
    record Interned(int ipIndex) implements Dependee {}

    /** The whole set of names declared in a container (its namespace hash). */
    record Namespace(int trackedInst) implements Dependee {}

    /** One name looked up in a container: changes when that name is added, removed or changes pub-ness. */
    record NamespaceName(int trackedInst, String name) implements Dependee {}

    /** The contents of a file read by {@code @embedFile}. */
    record EmbedFile(int embedFile) implements Dependee {}

    /** The contents of a ZON file imported by {@code @import}. */
    record ZonFile(int file) implements Dependee {}

    /** A group of builtin declarations resolved together. */
    record MemoizedState(AnalUnit.MemoizedStateStage stage) implements Dependee {}
}
