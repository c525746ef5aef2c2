package dev.zcu.sema;

import java.util.OptionalInt;

/**
 * How the Zcu reaches files it does not own: the compilation resolves an {@code @import} path relative to the
 * importing file, loads, parses and lowers it, and answers its file index (sema does no I/O).
 */
public interface FileProvider {

    /**
     * The file index of {@code path} imported from file {@code from}; a file that does not exist (yet) gets an
     * index too, so that analysis can depend on it ({@link #exists}). Empty only if no index can be given.
     */
    OptionalInt importFile(int from, String path);

    /** Whether file {@code file} currently exists on disk. */
    default boolean exists(int file) {
        return true;
    }
}
