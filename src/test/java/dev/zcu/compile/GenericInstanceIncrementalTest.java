package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtime instances of generic functions ({@code anytype}) and {@code @compileLog} across incremental updates:
 * an edit of the generic body is seen by every instance, an edit of a caller creates the instance it now needs,
 * and each update reports exactly what a fresh build of the same source reports.
 */
class GenericInstanceIncrementalTest {

    @TempDir
    Path dir;

    private static final String MAIN = """
            var small: u8 = 1;
            var wide: u32 = 2;
            fn twice(x: anytype) @TypeOf(x) {
                BODY
            }
            export fn a() u8 {
                return twice(small);
            }
            export fn b() u32 {
                return twice(ARG);
            }
            """;

    private List<String> update(Compilation c, String body, String arg) throws IOException {
        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", body).replace("ARG", arg));
        List<String> incremental = CompilationTestSupport.plain(c.update().errors());
        Compilation fresh = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, false, false));
        assertEquals(CompilationTestSupport.plain(fresh.update().errors()), incremental);
        return incremental;
    }

    @Test
    void instancesFollowEditsOfTheGenericBodyAndOfCallers() throws IOException {
        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", "return x * 2;").replace("ARG", "wide"));
        Compilation c = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, false));
        assertEquals(List.of(), CompilationTestSupport.plain(c.update().errors()));

        // the body now fails for every instance: one error per instance, at the body
        List<String> broken = update(c, "return x * true;", "wide");
        assertEquals(6, broken.size(), broken.toString());
        assertTrue(broken.contains(dir.resolve("main.zig") + ":4:14: error: incompatible types: 'u8' and 'bool'"), broken.toString());
        assertTrue(broken.contains(dir.resolve("main.zig") + ":4:14: error: incompatible types: 'u32' and 'bool'"), broken.toString());

        assertEquals(List.of(), update(c, "return x * 2;", "wide"));

        // a caller passes a bool: a new instance, whose body fails
        List<String> boolInstance = update(c, "return x * 2;", "true");
        assertEquals(dir.resolve("main.zig") + ":4:14: error: incompatible types: 'bool' and 'comptime_int'",
                boolInstance.get(0));

        assertEquals(List.of(), update(c, "return x * 2;", "wide"));
    }

    @Test
    void compileLogIsReportedOnlyWhileItIsThere() throws IOException {
        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", "return x * 2;").replace("ARG", "wide"));
        Compilation c = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, false));
        assertEquals(List.of(), CompilationTestSupport.plain(c.update().errors()));

        List<String> logged = update(c, "@compileLog(@TypeOf(x));\n    return x * 2;", "wide");
        assertEquals(List.of(dir.resolve("main.zig") + ":4:5: error: found compile log statement",
                dir.resolve("main.zig") + ":4:5: note: also here"), logged);

        assertEquals(List.of(), update(c, "return x * 2;", "wide"));
    }
}
