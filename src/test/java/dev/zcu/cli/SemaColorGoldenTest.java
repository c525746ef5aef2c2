package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.ZigLibDir;
import dev.zcu.sema.SemaGoldenTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sema golden corpus rendered for a terminal: for every {@code sema/cases/NAME.zig}, what {@code zcu build-obj
 * --color on} prints (colours, source lines, carets, notes without a line of their own, "referenced by:" traces
 * through std.zig and start.zig) must equal {@code NAME.color}, recorded from the reference zig by
 * {@code scripts/record-sema-golden.sh}, byte for byte.
 */
class SemaColorGoldenTest {

    static final Path CASES = SemaGoldenTest.CASES;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return SemaGoldenTest.cases().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path zig) throws IOException {
        String name = zig.getFileName().toString();
        Path color = zig.resolveSibling(name.replace(".zig", ".color"));
        if (!Files.exists(color)) {
            fail("missing " + color.getFileName() + ": record it with scripts/record-sema-golden.sh "
                    + name.replace(".zig", ""));
        }
        String expected = Files.readString(color, StandardCharsets.UTF_8);
        Compilation c = Compilation.create(new CompilationOptions(zig, null, false, false));
        String text = new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES)).render(c.update().errors());
        String prefix = CASES + "/";
        text = text.replace("'" + prefix, "'./").replace(prefix, "");
        String lib = ZigLibDir.resolve(null).map(p -> p + "/").orElse("<zig-lib>/");
        text = text.replace(lib, "<zig-lib>/");
        assertEquals(expected, text, name);
    }
}
