package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inferred error set is part of a function's result: when an edit of the function's body changes the errors
 * it can return, the units that resolved the set ({@code try} in a function that cannot return errors, a
 * {@code switch} on the errors) are analysed again, and the update reports what a fresh build reports.
 */
class InferredErrorSetIncrementalTest {

    @TempDir
    Path dir;

    private static final String MAIN = """
            fn parse(x: u8) !u8 {
                BODY
            }
            fn total(x: u8) u8 {
                return try parse(x);
            }
            export fn run(x: u8) u8 {
                return total(x);
            }
            """;

    @Test
    void editingTheBodyChangesTheCallersErrors() throws IOException {
        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", "return x;"));
        Compilation c = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, false));
        assertEquals(List.of(), CompilationTestSupport.plain(c.update().errors()));

        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", "if (x == 0) return error.Zero;\n    return x;"));
        List<String> afterError = CompilationTestSupport.plain(c.update().errors());
        assertEquals(fresh(), afterError);
        assertEquals(List.of(
                dir.resolve("main.zig") + ":6:12: error: expected type 'u8', found "
                        + "'@typeInfo(@typeInfo(@TypeOf(main.parse)).@\"fn\".return_type.?).error_union.error_set'",
                dir.resolve("main.zig") + ":5:17: note: function cannot return an error"), afterError);

        CompilationTestSupport.write(dir, "main.zig", MAIN.replace("BODY", "return x + 1;"));
        assertEquals(List.of(), CompilationTestSupport.plain(c.update().errors()));
    }

    private List<String> fresh() {
        Compilation c = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, false, false));
        return CompilationTestSupport.plain(c.update().errors());
    }
}
