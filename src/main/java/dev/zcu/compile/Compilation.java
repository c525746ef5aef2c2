package dev.zcu.compile;

import dev.zcu.sema.ZcuDebugView;

/**
 * One compilation of one module tree, kept alive between updates: the file table, the Zcu and its
 * incremental state. Not thread-safe: exactly one owner (the {@code CompilerActor}) calls it.
 */
public interface Compilation {

    /**
     * Brings the Zcu up to date with the files on disk, doing only the necessary work. Never throws for a
     * problem in the program, nor for a bug inside analysis: those become errors in the result, and the
     * previous state stays queryable.
     */
    UpdateResult update();

    /** The state the debug REPL shows; valid until the next {@link #update()}. */
    ZcuDebugView debugView();

    /** zcu's front end for these options (nothing is read until the first {@link #update()}). */
    static Compilation create(CompilationOptions options) {
        return new ZcuCompilation(options);
    }
}
