package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @embedFile} across updates: a unit that embeds a file depends on its bytes ({@code embed_file}), so
 * changing, deleting or re-creating the file re-analyses it, and every step reports what a fresh build reports.
 */
class EmbedFileIncrementalTest {

    @TempDir
    Path dir;

    private Compilation compile(boolean incremental) {
        return Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, incremental, incremental));
    }

    private List<String> step(Compilation inc) {
        List<String> incremental = CompilationTestSupport.plain(inc.update().errors());
        List<String> fresh = CompilationTestSupport.plain(compile(false).update().errors());
        assertEquals(fresh, incremental);
        return incremental;
    }

    @Test
    void editingAnEmbeddedFileReanalysesItsUsers() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", """
                const data = @embedFile("data.txt");
                comptime {
                    if (data.len != 3) @compileError("data.txt must hold 3 bytes");
                }
                """);
        Files.writeString(dir.resolve("data.txt"), "abc");
        Compilation inc = compile(true);
        assertEquals(List.of(), step(inc));
        assertEquals(0, inc.update().stats().unitsAnalysed(), "nothing changed, nothing analysed");

        Files.writeString(dir.resolve("data.txt"), "abcd");
        assertEquals(1, step(inc).size());

        Files.writeString(dir.resolve("data.txt"), "xyz");
        assertEquals(List.of(), step(inc));

        Files.delete(dir.resolve("data.txt"));
        List<String> missing = step(inc);
        assertEquals(1, missing.size());
        assertEquals(true, missing.get(0).endsWith("error: unable to open 'data.txt': FileNotFound"), missing.get(0));

        Files.writeString(dir.resolve("data.txt"), "123");
        assertEquals(List.of(), step(inc));
    }
}
