package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zcu ast-check} over several files: zig's lines on stderr, in argument order, and zig's exit status. */
class AstCheckParseCliTest {

    record Run(int status, String err) {
    }

    static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Run(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void cleanFilesPrintNothing(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.zig"), "const a = 1;\n");
        Path b = Files.writeString(dir.resolve("b.zig"), "pub fn main() void {}\n");
        assertEquals(new Run(0, ""), run("ast-check", a.toString(), b.toString()));
    }

    @Test
    void errorsInArgumentOrderWithNotes(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.zig"), "const x = 1\nconst y = 2;\n");
        Path ok = Files.writeString(dir.resolve("ok.zig"), "const a = 1;\n");
        Path c = Files.writeString(dir.resolve("c.zig"), "const a = struct { x: u8, const b = 1; y: u8 };\n");
        Run r = run("ast-check", a.toString(), ok.toString(), c.toString());
        assertEquals(1, r.status());
        assertEquals(a + ":1:12: error: expected ';' after declaration\n"
                + c + ":1:27: error: declarations are not allowed between container fields\n"
                + c + ":1:20: note: field before declarations here\n"
                + c + ":1:40: note: field after declarations here\n", r.err());
    }

    @Test
    void unreadableFilesAreClearErrors(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.zig");
        Run r = run("ast-check", missing.toString(), dir.toString());
        assertEquals(1, r.status());
        assertEquals("error: unable to open file for ast-check '" + missing + "': FileNotFound\n"
                + "error: IsDir\n", r.err());
    }
}
