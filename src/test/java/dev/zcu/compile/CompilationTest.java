package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.sema.AnalUnit;
import dev.zcu.sema.ZcuDebugView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real compilation through edits: errors equal a fresh compilation's, and minimal work per update. */
class CompilationTest {

    @TempDir
    Path dir;

    private Compilation compile() {
        return Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, true));
    }

    private List<String> fresh() {
        return CompilationTestSupport.plain(compile().update().errors());
    }

    private static final String MAIN = """
            const lib = @import("lib.zig");
            export fn run() u32 {
                return lib.add(1, 2);
            }
            fn unused() void {
                const x: u8 = 300;
                _ = x;
            }
            comptime {
                if (lib.limit != 8) @compileError("bad limit");
            }
            """;
    private static final String LIB = """
            pub const limit: usize = twice(4);
            fn twice(comptime n: usize) usize {
                var r: usize = 0;
                var i: usize = 0;
                while (i < 2) : (i += 1) r += n;
                return r;
            }
            pub fn add(a: u32, b: u32) u32 {
                return a + b;
            }
            """;

    @Test
    void cleanProgramThenEditsMatchFreshBuilds() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", MAIN);
        CompilationTestSupport.write(dir, "lib.zig", LIB);
        Compilation c = compile();
        UpdateResult first = c.update();
        assertEquals(List.of(), CompilationTestSupport.plain(first.errors()));
        assertEquals(0, first.generation());

        CompilationTestSupport.write(dir, "lib.zig", LIB.replace("return a + b;", "return a + b + true;"));
        UpdateResult second = c.update();
        assertEquals(fresh(), CompilationTestSupport.plain(second.errors()));
        assertEquals(1, second.errors().messages().size());

        CompilationTestSupport.write(dir, "lib.zig", LIB);
        UpdateResult third = c.update();
        assertEquals(List.of(), CompilationTestSupport.plain(third.errors()));
        assertEquals(2, third.generation());
    }

    @Test
    void commentEditAnalysesNothingAndBodyEditOnlyThatFunction() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", MAIN);
        CompilationTestSupport.write(dir, "lib.zig", LIB);
        Compilation c = compile();
        c.update();
        CompilationTestSupport.write(dir, "lib.zig", "// a comment\n" + LIB);
        UpdateStats s = c.update().stats();
        assertEquals(1, s.filesReparsed());
        assertEquals(0, s.unitsAnalysed());

        CompilationTestSupport.write(dir, "lib.zig", "// a comment\n" + LIB.replace("return a + b;", "return b + a;"));
        UpdateStats body = c.update().stats();
        assertEquals(2, body.unitsAnalysed()); // nav_val add (signature unchanged: cut off) and func add
        ZcuDebugView v = c.debugView();
        assertTrue(v.units().stream().anyMatch(u -> u.kind() == AnalUnit.Kind.FUNC
                && v.unitLastUpdateGeneration(u).orElseThrow() == 2));
    }

    @Test
    void unreferencedDeclarationsAreNotAnalysed() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", MAIN);
        CompilationTestSupport.write(dir, "lib.zig", LIB);
        Compilation c = compile();
        c.update();
        CompilationTestSupport.write(dir, "lib.zig", LIB + "pub const broken: u8 = 300;\n");
        UpdateResult r = c.update();
        assertEquals(List.of(), CompilationTestSupport.plain(r.errors()));
        assertEquals(0, r.stats().unitsAnalysed());
    }

    @Test
    void debugStateNamesNavsAndTypes() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", MAIN);
        CompilationTestSupport.write(dir, "lib.zig", LIB);
        Compilation c = compile();
        c.update();
        ZcuDebugView v = c.debugView();
        assertEquals(1, v.generation());
        assertTrue(Files.exists(dir.resolve("lib.zig")));
        int limit = -1;
        for (int n : v.navs()) if (v.navFqn(n).equals("lib.limit")) limit = n;
        assertTrue(limit >= 0);
        assertEquals("usize", v.navTypeName(limit).orElseThrow());
        assertEquals("fully_resolved", v.navStatus(limit).zigName());
        assertEquals("main", v.containerTypeName(v.types()[0]));
        assertTrue(v.resolveReferences().containsKey(AnalUnit.navVal(limit)));
        assertTrue(v.unitDependencies(AnalUnit.navVal(limit)).size() >= 1);
    }
}
