package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.ZigLibDir;
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
public class SemaGoldenTest {

    public static final Path CASES = Path.of("src/test/resources/sema/cases");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return cases().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    /** The corpus's programs, by name. */
    public static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
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

    /** Where the zig installation's lib directory appears in expectations ({@code scripts/record-sema-golden.sh}). */
    static final String LIB = "<zig-lib>/";

    /**
     * Renders one message as zig prints it on a pipe when run in the folder of the root file: paths under that
     * folder ({@code prefix}) are shown relative to it (and as {@code ./...} in {@code unable to load}), paths in
     * the zig installation as {@code <zig-lib>/...}.
     */
    static void render(ErrorBundle.ErrorMessage m, String kind, String prefix, List<String> out) {
        String lib = ZigLibDir.resolve(null).map(p -> p + "/").orElse(LIB);
        String msg = m.msg().replace("'" + prefix, "'./") + (m.count() == 1 ? "" : " (" + m.count() + " times)");
        if (m.src() == null) {
            out.add(kind + ": " + msg);
        } else {
            String path = m.src().srcPath();
            if (path.startsWith(prefix)) path = path.substring(prefix.length());
            if (path.startsWith(lib)) path = LIB + path.substring(lib.length());
            out.add(path + ":" + (m.src().line() + 1) + ":" + (m.src().column() + 1) + ": " + kind + ": " + msg);
        }
        for (ErrorBundle.ErrorMessage n : m.notes()) render(n, "note", prefix, out);
    }
}
