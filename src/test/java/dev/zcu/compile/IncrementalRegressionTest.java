package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit sequences that once made the incremental errors differ from a fresh build's (found by IncrementalProperties). */
class IncrementalRegressionTest {

    @TempDir
    Path dir;

    private Compilation compile(boolean incremental) {
        return Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, incremental, incremental));
    }

    private void step(Compilation inc, String name, String text) throws Exception {
        CompilationTestSupport.write(dir, name, text);
        List<String> incremental = CompilationTestSupport.plain(inc.update().errors());
        List<String> fresh = CompilationTestSupport.plain(compile(false).update().errors());
        assertEquals(fresh, incremental, "after writing " + name + ":\n" + text);
    }

    private static final String MAIN_BODY = """
            export fn run() u8 {
                return a.g(1);
            }
            comptime {
                if (a.k != 5) @compileError("k is not 5");
            }
            """;
    private static final String A_REST = """
            pub fn g(x: u8) u8 {
                return x + k;
            }
            """;

    @Test
    void valueChangedWhileUnreachableAndFileBrokenIsReportedAfterReimportAndFix() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", "const a = @import(\"a.zig\");\n" + MAIN_BODY);
        CompilationTestSupport.write(dir, "a.zig", "pub const k: u8 = 5;\n" + A_REST);
        Compilation inc = compile(true);
        inc.update();
        step(inc, "main.zig", MAIN_BODY);
        step(inc, "a.zig", "pub const k: u8 = 300;\n" + A_REST);
        step(inc, "a.zig", "pub const k: u8 = 300;\n" + A_REST + "pub const broken = ;\n");
        step(inc, "main.zig", "const a = @import(\"a.zig\");\n" + MAIN_BODY);
        step(inc, "a.zig", "pub const k: u8 = 300;\n" + A_REST);
    }
}
