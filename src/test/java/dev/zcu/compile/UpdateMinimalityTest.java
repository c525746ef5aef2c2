package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.bench.SyntheticProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's minimality, from the update statistics, on a small {@link SyntheticProject} (3 files, every function
 * analysed): the work of an update follows the edit, and the errors equal a fresh build's after each one.
 */
class UpdateMinimalityTest {

    @TempDir
    Path dir;
    private Compilation inc;
    private Path f1;
    private String original;
    private long clock = System.currentTimeMillis() - 1_000_000;

    @BeforeEach
    void build() throws Exception {
        SyntheticProject.write(dir, 3, 6);
        inc = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, true));
        UpdateResult first = inc.update();
        assertEquals(0, first.errors().messages().size());
        f1 = dir.resolve("f1.zig");
        original = Files.readString(f1);
    }

    private UpdateStats edit(String text) throws Exception {
        Files.writeString(f1, text);
        clock += 2000;
        f1.toFile().setLastModified(clock);
        UpdateResult r = inc.update();
        UpdateResult fresh = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, false, false)).update();
        assertEquals(CompilationTestSupport.plain(fresh.errors()), CompilationTestSupport.plain(r.errors()));
        return r.stats();
    }

    @Test
    void noOpAndCommentAnalyseNothing() throws Exception {
        assertEquals(0, inc.update().stats().unitsAnalysed());
        UpdateStats comment = edit("// a comment\n\n" + original.replace("    var k: u32 = 0;", "    var k: u32 = 0; // k"));
        assertEquals(1, comment.filesReparsed());
        assertEquals(0, comment.unitsAnalysed());
    }

    @Test
    void bodyEditAnalysesThatFunctionAndItsCutOffNavOnly() throws Exception {
        int fn3 = original.indexOf("pub fn fn3(");
        int at = original.indexOf("t +%= k;", fn3);
        UpdateStats s = edit(original.substring(0, at) + "t +%= k +% 1;" + original.substring(at + "t +%= k;".length()));
        assertEquals(2, s.unitsAnalysed()); // nav_val fn3 (same signature: early cutoff) and func fn3
    }

    @Test
    void signatureChangeAnalysesTheFunctionAndItsTwoCallers() throws Exception {
        UpdateStats s = edit(original.replace("pub fn fn1(n: u32) u32 {", "pub fn fn1(n: u64) u32 {"));
        assertEquals(4, s.unitsAnalysed()); // nav_val fn1, func fn1, func entry (f1), func fn0 (f0)
    }

    @Test
    void unreferencedDeclarationAnalysesNothingAndReferencingItDoes() throws Exception {
        assertEquals(0, edit(original + "const unused_extra: u32 = 1;\n").unitsAnalysed());
        assertEquals(0, edit(original).unitsAnalysed());
    }

    @Test
    void linesInsertedAboveAnErrorAnalyseNothing() throws Exception {
        int fn3 = original.indexOf("pub fn fn3(");
        String ret = "    return s.sum() +% b.get();";
        int at = original.indexOf(ret, fn3);
        String broken = original.substring(0, at) + "    return s.sum() +% b.get() +% true;" + original.substring(at + ret.length());
        assertEquals(2, edit(broken).unitsAnalysed());
        assertEquals(0, edit("// one\n// two\n\n" + broken).unitsAnalysed());
        assertEquals(2, edit(original).unitsAnalysed());
    }
}
