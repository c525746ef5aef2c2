package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.server.FakeCompilation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zcu build-obj} flags and one-shot mode, in process, with the scripted front end. */
class BuildObjCommandTest {

    @TempDir
    Path dir;

    private PrintStream savedErr;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty(Compilations.FACTORY_PROPERTY, FakeCompilation.Factory.class.getName());
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.clearProperty(Compilations.FACTORY_PROPERTY);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void debugIncrementalWithoutIncrementalIsFatalWithTheSeedsText() {
        assertEquals(1, Main.run("build-obj", "x.zig", "-fno-emit-bin", "--debug-incremental"));
        assertEquals("error: --debug-incremental requires -fincremental\n", stderr());
    }

    @Test
    void askingForABinaryIsAnError() {
        assertEquals(1, Main.run("build-obj", "x.zig"));
        assertEquals("error: zcu does not generate code; pass -fno-emit-bin\n", stderr());
        err.reset();
        assertEquals(1, Main.run("build-obj", "x.zig", "-fno-emit-bin", "-femit-bin=x.o"));
        assertEquals("error: zcu does not generate code; pass -fno-emit-bin\n", stderr());
    }

    @Test
    void unknownParametersAreRefusedAsZigDoes() {
        assertEquals(1, Main.run("build-obj", "x.zig", "-fno-emit-bin", "--bogus"));
        assertEquals("error: unrecognized parameter: '--bogus'\n", stderr());
        err.reset();
        assertEquals(1, Main.run("build-obj", "x.zig", "y.zig", "-fno-emit-bin"));
        assertEquals("error: found another zig file 'y.zig' after root source file 'x.zig'\n", stderr());
        err.reset();
        assertEquals(1, Main.run("build-obj", "x.txt", "-fno-emit-bin"));
        assertEquals("error: unrecognized file extension of parameter 'x.txt'\n", stderr());
        err.reset();
        assertEquals(1, Main.run("build-obj", "x.zig", "-fno-emit-bin", "--listen=nowhere"));
        assertEquals("error: invalid --listen address: 'nowhere' (expected - or HOST:PORT)\n", stderr());
    }

    @Test
    void zigFlagsWithoutMeaningAreAccepted() throws Exception {
        Path root = dir.resolve("ok.zig");
        Files.writeString(root, "pub fn f() void {}\n");
        assertEquals(0, Main.run("build-obj", root.toString(), "-fno-emit-bin", "-OReleaseFast", "-target",
                "x86_64-linux", "--cache-dir", "/tmp/c", "--global-cache-dir", "/tmp/g", "-fincremental",
                "--color", "off"));
        assertEquals("", stderr());
    }

    @Test
    void oneShotPrintsErrorsPlainOnAPipeAndExitsOne() throws Exception {
        Path root = dir.resolve("bad.zig");
        Files.writeString(root, "comptime {\n    @compileError(\"first\\nsecond\");\n}\n");
        assertEquals(1, Main.run("build-obj", root.toString(), "-fno-emit-bin", "--color", "off"));
        String at = root + ":2:5: error: ";
        assertEquals(at + "first\n" + " ".repeat(at.length()) + "second\n", stderr());
    }

    @Test
    void oneShotWithColorOnShowsSourceAndCaret() throws Exception {
        Path root = dir.resolve("bad.zig");
        Files.writeString(root, "comptime {\n    @compileError(\"x\");\n}\n");
        assertEquals(1, Main.run("build-obj", root.toString(), "-fno-emit-bin", "--color", "on"));
        assertEquals("\u001b[1m" + root + ":2:5: \u001b[31merror: \u001b[0m\u001b[1mx\n\u001b[0m"
                + "    @compileError(\"x\");\n    \u001b[32m^" + "~".repeat(17) + "\n\u001b[0m", stderr());
    }
}
