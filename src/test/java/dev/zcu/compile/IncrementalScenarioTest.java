package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the scenarios of {@code src/test/resources/incremental/*.scn} through one incremental Compilation each:
 * after every update, zcu's errors must equal what the reference zig printed for a CLEAN build of the same files
 * (recorded by {@code scripts/record-incremental-scenarios.py}).
 *
 * <p>Format: optional {@code #} comment lines, then steps. A step is {@code === update}, then file writes
 * ({@code --- NAME} followed by the file's lines) and deletions ({@code --- delete NAME}), then {@code === expect}
 * and the expected error and note lines, as zig prints them on a pipe.
 */
class IncrementalScenarioTest {

    static final Path DIR = Path.of("src/test/resources/incremental");

    /** One update: files to write (contents) or delete (null), and the expected lines. */
    record Step(List<String[]> writes, List<String> expected) {}

    static List<Step> parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("=== ")) i++;
        while (i < lines.size()) {
            if (!lines.get(i).equals("=== update")) throw new IllegalArgumentException("line " + (i + 1) + ": expected === update");
            i++;
            List<String[]> writes = new ArrayList<>();
            while (i < lines.size() && lines.get(i).startsWith("--- ")) {
                String name = lines.get(i).substring(4);
                i++;
                if (name.startsWith("delete ")) {
                    writes.add(new String[] {name.substring(7), null});
                    continue;
                }
                StringBuilder body = new StringBuilder();
                while (i < lines.size() && !lines.get(i).startsWith("--- ") && !lines.get(i).startsWith("=== ")) {
                    body.append(lines.get(i)).append('\n');
                    i++;
                }
                writes.add(new String[] {name, body.toString()});
            }
            List<String> expected = new ArrayList<>();
            if (i < lines.size() && lines.get(i).equals("=== expect")) {
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("=== ")) expected.add(lines.get(i++));
            }
            steps.add(new Step(writes, expected));
        }
        return steps;
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".scn")).sorted().toList();
        }
        assertTrue(files.size() >= 25, "scenarios: " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> replay(p)));
    }

    private static void replay(Path scenario) throws IOException {
        List<Step> steps = parse(Files.readAllLines(scenario));
        Path dir = Files.createTempDirectory("zcu-scn");
        try {
            Compilation inc = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, true));
            long clock = System.currentTimeMillis() - 1_000_000;
            for (int n = 0; n < steps.size(); n++) {
                for (String[] w : steps.get(n).writes()) {
                    Path f = dir.resolve(w[0]);
                    if (w[1] == null) {
                        Files.deleteIfExists(f);
                    } else {
                        Files.createDirectories(f.getParent());
                        Files.writeString(f, w[1]);
                        clock += 2000;
                        f.toFile().setLastModified(clock);
                    }
                }
                String prefix = dir + "/";
                List<String> actual = CompilationTestSupport.plain(inc.update().errors()).stream()
                        .map(l -> (l.startsWith(prefix) ? l.substring(prefix.length()) : l).replace(prefix, "./"))
                        .toList(); // zig ran in the directory: its paths are relative ("./x.zig" in messages)
                assertEquals(steps.get(n).expected(), actual, scenario.getFileName() + ", update " + (n + 1));
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
