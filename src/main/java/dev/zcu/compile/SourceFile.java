package dev.zcu.compile;

import dev.zcu.syntax.Ast;
import dev.zcu.zir.Zir;
import java.nio.file.Path;

/**
 * What the compilation knows of one file on disk between updates: where it is, the stat it was last read with,
 * the hash of its bytes, and its current AST and ZIR (ZIR is {@code null} while the file fails to parse).
 */
final class SourceFile {
    final Path path;
    final String displayPath;
    final int index;
    /** The module the file belongs to ({@code std}, {@code builtin}, or the root module's name). */
    final String moduleName;
    /** The content of a generated file ({@code builtin.zig}), which is never read from disk; else {@code null}. */
    byte[] virtualBytes;
    long mtime = Long.MIN_VALUE;
    long size = -1;
    long hash;
    boolean missing;
    Ast ast;
    Zir zir;
    /** AstGen errors of a file that parses; a file with any is not analysed (like a parse failure). */
    java.util.List<dev.zcu.zir.AstGenError> astgenErrors = java.util.List.of();

    SourceFile(Path path, String displayPath, int index, String moduleName) {
        this.path = path;
        this.displayPath = displayPath;
        this.index = index;
        this.moduleName = moduleName;
    }
}
