package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.server.ZcuProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled examples ({@code examples/NAME/main.zig}): the reference zig compiles each cleanly, and with the
 * marked line un-commented prints exactly {@code expected-error.txt} (recorded by
 * {@code scripts/record-example-errors.sh}); zcu's front end must agree on both.
 */
class ExamplesTest {

    static final String MARKER = "// Un-comment the next line to introduce a compile error:";

    @TempDir
    Path tmp;

    static List<Path> examples() throws IOException {
        Path root = Path.of(System.getProperty("project.basedir", ".")).resolve("examples");
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.exists(d.resolve("main.zig"))).sorted().toList();
        }
    }

    /** The example's files copied to {@code into}, with the marked line of main.zig un-commented. */
    static void copyWithErrorLine(Path example, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".zig")).toList()) {
                Files.copy(f, into.resolve(f.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(example.resolve("main.zig")));
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(MARKER)) {
                marker = i;
            }
        }
        assertTrue(marker >= 0 && marker + 1 < lines.size(), "no marker line in " + example);
        lines.set(marker + 1, lines.get(marker + 1).replaceFirst("// ", ""));
        Files.write(into.resolve("main.zig"), lines);
    }

    private record Run(int status, String stderr) {}

    private Run zig(Path dir) throws Exception {
        Path zig = Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("zig");
        Process p = new ProcessBuilder(zig.toString(), "build-obj", "-fno-emit-bin", "main.zig",
                "--cache-dir", tmp.resolve("cache").toString(), "--global-cache-dir", tmp.resolve("global").toString())
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    private static String expected(Path example) {
        try {
            return Files.readString(example.resolve("expected-error.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void referenceZigCompilesTheExampleCleanlyAndPrintsTheRecordedError(Path example) throws Exception {
        assertEquals(new Run(0, ""), zig(example));
        Path broken = tmp.resolve("broken");
        copyWithErrorLine(example, broken);
        assertEquals(new Run(1, expected(example)), zig(broken));
    }

    private static boolean frontEndExists() {
        try {
            Compilation.class.getMethod("create", CompilationOptions.class);
            return System.getProperty(Compilations.FACTORY_PROPERTY) == null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** zcu's own front end agrees with zig on the example: clean, then exactly zig's error. */
    @ParameterizedTest
    @MethodSource("examples")
    void zcuAgreesWithZigOnTheExample(Path example) throws Exception {
        assumeTrue(frontEndExists(), "the real Compilation (Compilation.create) has not landed yet");
        Path clean = tmp.resolve("clean");
        Path broken = tmp.resolve("broken");
        copyWithErrorLine(example, broken);
        Files.createDirectories(clean);
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".zig")).toList()) {
                Files.copy(f, clean.resolve(f.getFileName()));
            }
        }
        assertEquals(new Run(0, ""), zcu(clean));
        assertEquals(new Run(1, expected(example)), zcu(broken));
    }

    /** {@code zcu build-obj main.zig -fno-emit-bin --color off} as a process in {@code dir}. */
    private static Run zcu(Path dir) throws Exception {
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, List.of(), "build-obj", "main.zig", "-fno-emit-bin",
                "--color", "off")) {
            int status = zcu.exitStatus();
            return new Run(status, zcu.stderr());
        }
    }
}
