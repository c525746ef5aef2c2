package dev.zcu.compile;

import java.nio.file.Path;

/**
 * What a {@link Compilation} compiles and how, from the command line ({@code zcu build-obj ROOT.zig ...}).
 *
 * @param rootSource       the root source file of the main module
 * @param zigLibDir        the directory holding {@code std/std.zig}, or {@code null} for the default
 * @param incremental      {@code -fincremental}: keep state between updates
 * @param debugIncremental {@code --debug-incremental}: record the incremental debug state for the REPL
 * @param referenceTrace   {@code -freference-trace=N}: "referenced by:" entries per error (0: no trace), or
 *                         {@link #DEFAULT_REFERENCE_TRACE} without the flag
 */
public record CompilationOptions(Path rootSource, Path zigLibDir, boolean incremental, boolean debugIncremental,
                                 int referenceTrace) {

    /** No {@code -freference-trace}: like zig, the first failure gets {@link #ZIG_REFERENCE_TRACE_LEN} entries. */
    public static final int DEFAULT_REFERENCE_TRACE = -1;

    /** zig's {@code default_reference_trace_len}. */
    public static final int ZIG_REFERENCE_TRACE_LEN = 2;

    public CompilationOptions(Path rootSource, Path zigLibDir, boolean incremental, boolean debugIncremental) {
        this(rootSource, zigLibDir, incremental, debugIncremental, DEFAULT_REFERENCE_TRACE);
    }
}
