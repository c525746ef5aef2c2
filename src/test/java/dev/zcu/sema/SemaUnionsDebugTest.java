package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.debug.ReplRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Union types in the debug REPL: a {@code union(enum)} and the tag enum Zig generates for it are container types
 * that {@code find_type} lists and {@code type_info} describes, like any struct or enum.
 */
class SemaUnionsDebugTest {

    @TempDir
    Path dir;

    @Test
    void unionAndItsGeneratedTagAreContainerTypes() throws IOException {
        Path main = dir.resolve("main.zig");
        Files.writeString(main, """
                const Shape = union(enum) { circle: u32, point };
                const Plain = union { a: u8, b: u16 };
                comptime {
                    const s: Shape = .point;
                    if (s != .point) @compileError("tag");
                    _ = Plain{ .a = 1 };
                }
                """);
        Compilation c = Compilation.create(new CompilationOptions(main, null, false, false));
        assertEquals(0, c.update().errors().messages().size());
        String shapes = ReplRenderer.respond(c.debugView(), "find_type Shape");
        assertTrue(shapes.contains("('main.Shape')"), shapes);
        assertTrue(shapes.contains("('@typeInfo(main.Shape).@\"union\".tag_type.?')"), shapes);
        assertTrue(shapes.endsWith("Found 2 results\n\n"), shapes);
        String plain = ReplRenderer.respond(c.debugView(), "find_type ^main.Plain$");
        assertTrue(plain.startsWith("* type "), plain);
        String id = plain.substring("* type ".length(), plain.indexOf(' ', "* type ".length()));
        String info = ReplRenderer.respond(c.debugView(), "type_info " + id);
        assertTrue(info.contains("main.Plain"), info);
    }
}
