package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.protocol.ErrorBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sema golden corpus: every {@code src/test/resources/sema/cases/NAME.zig} is compiled by zcu and its errors,
 * printed as zig prints them on a pipe, must equal {@code NAME.expected}, recorded from the reference zig by
 * {@code scripts/record-sema-golden.sh}. Clean programs check their own comptime results with
 * {@code @compileError}, so a wrong interpreter turns them red.
 */
class SemaGoldenTest {

    static final Path CASES = Path.of("src/test/resources/sema/cases");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path zig) throws IOException {
        String name = zig.getFileName().toString();
        Path expectedFile = zig.resolveSibling(name.replace(".zig", ".expected"));
        List<String> expected = Files.readAllLines(expectedFile);
        Compilation c = Compilation.create(new CompilationOptions(zig, null, false, false));
        List<String> actual = new ArrayList<>();
        String prefix = CASES.toString() + "/";
        for (ErrorBundle.ErrorMessage m : c.update().errors().messages()) render(m, "error", prefix, actual);
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
    }

    static void render(ErrorBundle.ErrorMessage m, String kind, String prefix, List<String> out) {
        if (m.src() == null) {
            out.add(kind + ": " + m.msg());
        } else {
            String path = m.src().srcPath().startsWith(prefix) ? m.src().srcPath().substring(prefix.length()) : m.src().srcPath();
            out.add(path + ":" + (m.src().line() + 1) + ":" + (m.src().column() + 1) + ": " + kind + ": " + m.msg());
        }
        for (ErrorBundle.ErrorMessage n : m.notes()) render(n, "note", prefix, out);
    }
}
