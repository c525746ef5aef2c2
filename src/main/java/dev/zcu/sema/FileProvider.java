package dev.zcu.sema;

import java.util.OptionalInt;

/**
 * How the Zcu reaches files it does not own: the compilation resolves an {@code @import} path relative to the
 * importing file, loads, parses and lowers it, and answers its file index (sema does no I/O).
 */
public interface FileProvider {

    /** The file index of {@code path} imported from file {@code from}, or empty if it cannot be found. */
    OptionalInt importFile(int from, String path);
}
