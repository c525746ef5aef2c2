package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.protocol.ErrorBundle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors are kept relative to their declarations (LazySrcLoc): moving a declaration with an error, or reformatting
 * inside it, reports the error at its new line and column without analysing any unit; the positions equal a fresh
 * build's.
 */
class RelativeSourceLocationTest {

    @TempDir
    Path dir;

    private static final String LIB = """
            pub fn narrow(a: u32) u8 {
                return a;
            }
            """;

    private Compilation compile(boolean incremental) {
        return Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, incremental, incremental));
    }

    private UpdateResult step(Compilation inc, String name, String text) throws Exception {
        CompilationTestSupport.write(dir, name, text);
        UpdateResult r = inc.update();
        assertEquals(CompilationTestSupport.plain(compile(false).update().errors()), CompilationTestSupport.plain(r.errors()));
        return r;
    }

    private static List<Integer> lines(UpdateResult r) {
        return r.errors().messages().stream().map(m -> m.src().line() + 1).toList();
    }

    @Test
    void linesInsertedAboveMoveTheErrorWithoutAnalysis() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", "const lib = @import(\"lib.zig\");\nexport fn run() u8 {\n    return lib.narrow(1);\n}\n");
        Compilation inc = compile(true);
        UpdateResult before = step(inc, "lib.zig", LIB);
        assertEquals(List.of(2), lines(before));

        UpdateResult moved = step(inc, "lib.zig", "// one\n\n// three\n\n" + LIB);
        assertEquals(0, moved.stats().unitsAnalysed());
        assertEquals(List.of(6), lines(moved));
        assertEquals(5, moved.errors().messages().get(0).notes().get(1).src().line() + 1, "the return type's note moves too");

        UpdateResult reformatted = step(inc, "lib.zig", "// one\n\n// three\n\n" + LIB.replace("    return a;", "\n    return   a;"));
        assertEquals(0, reformatted.stats().unitsAnalysed());
        assertEquals(List.of(7), lines(reformatted));
        assertEquals(14, reformatted.errors().messages().get(0).src().column() + 1);

        UpdateResult back = step(inc, "lib.zig", LIB);
        assertEquals(0, back.stats().unitsAnalysed());
        assertEquals(List.of(2), lines(back));
    }

    @Test
    void aNoteInAnotherFileMovesWithItsDeclaration() throws Exception {
        CompilationTestSupport.write(dir, "main.zig", "const lib = @import(\"lib.zig\");\nexport fn run() u8 {\n    return lib.narrow(1);\n}\n");
        CompilationTestSupport.write(dir, "lib.zig", "pub fn narrow(a: u32) u32 {\n    return a;\n}\n");
        Compilation inc = compile(true);
        inc.update();
        UpdateResult r = step(inc, "lib.zig", "\n\n\npub fn narrow(a: u32) u32 {\n    return a;\n}\n");
        assertEquals(0, r.stats().unitsAnalysed());
        assertEquals(List.of(3), lines(r));
    }

    @Test
    void referenceTracesMoveWithTheReferencingDeclaration() throws Exception {
        CompilationTestSupport.write(dir, "lib.zig", LIB);
        Compilation inc = compile(true);
        String main = "const lib = @import(\"lib.zig\");\nexport fn run() u8 {\n    return lib.narrow(1);\n}\n";
        CompilationTestSupport.write(dir, "main.zig", main);
        UpdateResult first = inc.update();
        assertEquals(1, first.errors().messages().size());
        CompilationTestSupport.write(dir, "main.zig", "// moved\n\n" + main.replace("return lib", "return   lib"));
        UpdateResult moved = inc.update();
        assertEquals(0, moved.stats().unitsAnalysed());
        ErrorBundle fresh = compile(false).update().errors();
        assertEquals(fresh.messages(), moved.errors().messages(), "whole messages, reference traces included");
        assertEquals(false, fresh.messages().get(0).referenceTrace().isEmpty(), "the case has a reference trace");
    }
}
