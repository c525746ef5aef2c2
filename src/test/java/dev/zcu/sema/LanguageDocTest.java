package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.protocol.ErrorBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/LANGUAGE.md true: each ```zig example is compiled by zcu and must print the ```expected block under
 * it; the reference zig must print the same (except for the "zcu does not support ... yet" examples).
 */
class LanguageDocTest {

    @TempDir
    static Path dir;

    record Example(int index, String source, List<String> expected) {}

    static List<Example> examples() throws IOException {
        String md = Files.readString(Path.of("docs/LANGUAGE.md"));
        Matcher m = Pattern.compile("```zig\\n(.*?)```\\s*```expected\\n(.*?)```", Pattern.DOTALL).matcher(md);
        List<Example> out = new ArrayList<>();
        while (m.find()) {
            List<String> exp = m.group(2).isBlank() ? List.of() : List.of(m.group(2).strip().split("\n"));
            out.add(new Example(out.size(), m.group(1), exp));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> examplesPrintWhatTheDocSays() throws IOException {
        List<Example> all = examples();
        assertTrue(all.size() >= 5, "examples found: " + all.size());
        return all.stream().map(e -> DynamicTest.dynamicTest("example " + e.index(), () -> check(e)));
    }

    private static void check(Example e) throws Exception {
        Path d = Files.createDirectories(dir.resolve("ex" + e.index()));
        Files.writeString(d.resolve("example.zig"), e.source());
        Compilation c = Compilation.create(new CompilationOptions(d.resolve("example.zig"), null, false, false));
        List<String> actual = new ArrayList<>();
        String prefix = d.toString() + "/";
        for (ErrorBundle.ErrorMessage m : c.update().errors().messages()) SemaGoldenTest.render(m, "error", prefix, actual);
        assertEquals(e.expected(), actual, "zcu on example " + e.index());
        if (e.expected().stream().noneMatch(l -> l.contains("zcu does not support"))) {
            assertEquals(e.expected(), zig(d), "the reference zig on example " + e.index());
        }
    }

    private static List<String> zig(Path d) throws Exception {
        Path zig = Path.of(System.getProperty("zig.home", ".cache/zig")).toAbsolutePath().resolve("zig");
        Process p = new ProcessBuilder(zig.toString(), "build-obj", "-fno-emit-bin", "example.zig",
                "--cache-dir", d.resolve(".c").toString(), "--global-cache-dir", d.resolve(".g").toString())
                .directory(d.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(300, TimeUnit.SECONDS);
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (l.matches("^\\S.*:\\d+:\\d+: (error|note): .*")) lines.add(l);
        }
        return lines;
    }
}
