package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The top-level command line: bad parameters are zig-style fatal errors; COMMAND --help prints usage. */
class MainTest {

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingOptionValueIsAFatalErrorWithStatusOne() {
        int[] status = new int[1];
        String err = stderrOf(() -> status[0] = Main.run("build-obj", "x.zig", "-fno-emit-bin", "--listen"));
        assertEquals(1, status[0]);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains("--listen"), err);
    }

    @Test
    void commandHelpFlagPrintsUsage() {
        assertEquals(0, Main.run("build-obj", "--help"));
        assertEquals(0, Main.run("version"));
    }
}
