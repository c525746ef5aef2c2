package dev.zcu.compile;

import java.nio.file.Path;

/**
 * What a {@link Compilation} compiles and how, from the command line ({@code zcu build-obj ROOT.zig ...}).
 *
 * @param rootSource       the root source file of the main module
 * @param zigLibDir        the directory holding {@code std/std.zig}, or {@code null} for the default
 * @param incremental      {@code -fincremental}: keep state between updates
 * @param debugIncremental {@code --debug-incremental}: record the incremental debug state for the REPL
 */
public record CompilationOptions(Path rootSource, Path zigLibDir, boolean incremental, boolean debugIncremental) {}
