package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zcu watch} as a real process, driven by real file edits in a temporary folder. */
class WatchEndToEndTest {

    @TempDir
    Path dir;

    private static final List<String> FAKE = List.of(
            "-Dzcu.compilation-factory=" + FakeCompilation.Factory.class.getName(), "-Dzcu.watch.debounce=50ms");

    @Test
    void rebuildsOnEverySaveAndEndsBothProcessesAtEndOfInput() throws Exception {
        Files.writeString(dir.resolve("main.zig"), "const b = @import(\"b.zig\");\n");
        Files.writeString(dir.resolve("b.zig"), "pub fn g() void {}\n");
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, FAKE, "watch", "main.zig", "-fincremental", "--color", "off")) {
            String err = zcu.awaitStderr("generation 0:");
            assertTrue(err.contains("zcu watch: generation 0: 4 units analysed, 0 up to date, 2 files reparsed, 0 errors,"),
                    err);
            List<ProcessHandle> children = zcu.process.descendants().toList();
            assertEquals(1, children.size(), children.toString());

            // A save of a file the compiler did not read triggers nothing.
            Files.writeString(dir.resolve("unrelated.zig"), "x");
            Files.writeString(dir.resolve("b.zig"), "pub fn g() void {}\ncomptime {\n    @compileError(\"broken\");\n}\n");
            err = zcu.awaitStderr("generation 1:");
            assertTrue(err.contains("watch\n+- zcu build-obj main.zig 1 errors\nb.zig:3:5: error: broken\nzcu watch: generation 1: 5 units analysed, 0 up to date, "
                    + "1 files reparsed, 1 error,"), err);

            Files.writeString(dir.resolve("b.zig"), "pub fn g() void {}\n");
            err = zcu.awaitStderr("generation 2:");
            assertTrue(err.contains("zcu watch: generation 2: 2 units analysed, 0 up to date, 1 files reparsed, 0 errors,"),
                    err);
            assertFalse(err.contains("generation 3:"), err);

            zcu.process.getOutputStream().close();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive());
            }
        }
    }

    @Test
    void newlyImportedFilesAreWatchedToo() throws Exception {
        Files.writeString(dir.resolve("main.zig"), "pub fn f() void {}\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.zig"), "pub fn c() void {}\n");
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, FAKE, "watch", "main.zig", "--color", "off")) {
            zcu.awaitStderr("generation 0:");
            Files.writeString(dir.resolve("main.zig"), "const c = @import(\"sub/c.zig\");\n");
            zcu.awaitStderr("generation 1:");
            Files.writeString(dir.resolve("sub/c.zig"), "comptime {\n    @compileError(\"in sub\");\n}\n");
            String err = zcu.awaitStderr("generation 2:");
            assertTrue(err.contains("sub/c.zig:2:5: error: in sub\n"), err);
            zcu.process.getOutputStream().write("exit\n".getBytes());
            zcu.process.getOutputStream().flush();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
        }
    }

    /** SIGTERM (as SIGINT, Ctrl-C) runs the shutdown hook: {@code exit} to the compiler, which then ends. */
    @Test
    void terminationSignalEndsTheCompilerToo() throws Exception {
        Files.writeString(dir.resolve("main.zig"), "pub fn f() void {}\n");
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, FAKE, "watch", "main.zig", "--color", "off")) {
            zcu.awaitStderr("generation 0:");
            List<ProcessHandle> children = zcu.process.descendants().toList();
            assertEquals(1, children.size(), children.toString());
            zcu.process.destroy();
            assertEquals(143, zcu.exitStatus(), zcu.stderr());
            children.get(0).onExit().get(30, TimeUnit.SECONDS);
            assertFalse(children.get(0).isAlive());
            assertFalse(zcu.stderr().contains("error:"), zcu.stderr());
        }
    }

    /** {@code --debug-incremental}: the child compiler serves the REPL and says where. */
    @Test
    void debugReplOfTheChildCompiler() throws Exception {
        Files.writeString(dir.resolve("main.zig"), "pub fn f() void {}\n");
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, FAKE, "watch", "main.zig", "-fincremental", "--debug-incremental",
                "--debug-host", "127.0.0.1", "--debug-port", "0", "--color", "off")) {
            String err = zcu.awaitStderr("generation 0:");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("zcu: debug REPL: telnet 127\\.0\\.0\\.1 (\\d+)")
                    .matcher(err);
            assertTrue(m.find(), err);
            try (java.net.Socket repl = new java.net.Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                assertEquals("zig> ", new String(repl.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.UTF_8));
            }
            zcu.process.getOutputStream().close();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
        }
    }

    @Test
    void debugIncrementalWithoutIncrementalIsFatal() throws Exception {
        Files.writeString(dir.resolve("main.zig"), "");
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, FAKE, "watch", "main.zig", "--debug-incremental")) {
            assertEquals(1, zcu.exitStatus());
            assertEquals("error: --debug-incremental requires -fincremental\n", zcu.stderr());
        }
    }
}
