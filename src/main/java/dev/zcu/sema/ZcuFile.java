package dev.zcu.sema;

import dev.zcu.zir.Zir;

/**
 * One source file of the module, Zig's {@code Zcu.File}: path (as shown in messages), current ZIR and AST, and
 * its root struct type once analysed. Replaced wholesale when the file changes (stages are immutable).
 *
 * @param index    the file index
 * @param path     the path relative to the module root, as zig prints it ({@code main.zig})
 * @param zir      the lowering of the current source, or {@code null} while the file has parse errors
 */
public record ZcuFile(int index, String path, String moduleName, Zir zir) {

    /** The file's name without {@code .zig}, the first component of fully qualified names. */
    public String fqnPrefix() {
        String p = path.endsWith(".zig") ? path.substring(0, path.length() - 4) : path;
        return p.replace('/', '.');
    }
}
