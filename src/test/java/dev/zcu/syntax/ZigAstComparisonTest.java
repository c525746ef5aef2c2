package dev.zcu.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The strongest check of the parser: the reference zig's own {@code std.zig.Ast.parse} (compiled from
 * {@code scripts/zig-ast-dump.zig} with the reference zig) and zcu's {@link Ast#parse} produce the same tokens,
 * nodes (tag, main token, lhs, rhs), extra data and errors, on all of {@code lib/std}, on the golden corpus, and on
 * std files with seeded random edits.
 */
class ZigAstComparisonTest {

    static Path dumper;

    @BeforeAll
    static void buildDumper() throws Exception {
        Path zig = Path.of(System.getProperty("zig.home"), "zig");
        assertTrue(Files.isExecutable(zig), "reference zig at " + zig);
        Path out = Path.of("target", "zig-ast-dump");
        Path src = Path.of("scripts", "zig-ast-dump.zig");
        Path cache = Path.of(System.getProperty("zig.home")).getParent().resolve("zig-build-cache");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) < 0) {
            Process p = new ProcessBuilder(zig.toString(), "build-exe", "-OReleaseFast", src.toString(),
                    "-femit-bin=" + out, "--cache-dir", cache.resolve("local").toString(),
                    "--global-cache-dir", cache.resolve("global").toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "building the zig AST dumper failed:\n" + log);
        }
        dumper = out;
    }

    /** Runs the zig dumper on the files and returns each file's normalized dump. */
    static Map<String, String> zigDumps(List<Path> files) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i += 60) {
            List<String> cmd = new ArrayList<>();
            cmd.add(dumper.toString());
            for (Path f : files.subList(i, Math.min(files.size(), i + 60))) {
                cmd.add(f.toString());
            }
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "zig dumper failed");
            int start = text.indexOf("file ");
            while (start >= 0) {
                int next = text.indexOf("\nfile ", start);
                String section = next < 0 ? text.substring(start) : text.substring(start, next + 1);
                String name = section.substring(5, section.indexOf('\n'));
                result.put(name, AstDump.normalizeZigDump(section));
                start = next < 0 ? -1 : next + 1;
            }
        }
        return result;
    }

    static void compare(List<Path> files, Map<Path, byte[]> contents) throws Exception {
        Map<String, String> zig = zigDumps(files);
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = contents != null ? contents.get(f) : Files.readAllBytes(f);
            String ours = AstDump.dump(Ast.parse(bytes));
            String theirs = zig.get(f.toString());
            if (!ours.equals(theirs)) {
                mismatches.add(f + ": " + firstDifference(theirs, ours));
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
                mismatches.size() + " files differ from zig's tree");
    }

    static String firstDifference(String zig, String ours) {
        if (zig == null) {
            return "no zig dump";
        }
        String[] a = zig.split("\n");
        String[] b = ours.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + i + ": zig '" + a[i] + "', zcu '" + b[i] + "'";
            }
        }
        return "lengths " + a.length + " vs " + b.length;
    }

    @Test
    void everyStdFileHasZigsExactTree() throws Exception {
        compare(StdLibParseTest.stdFiles(), null);
    }

    @Test
    void goldenCorpusHasZigsExactTreesAndErrors() throws Exception {
        List<Path> files = new ArrayList<>(ParseGoldenTest.cases("valid"));
        files.addAll(ParseGoldenTest.cases("invalid"));
        compare(files, null);
    }

    @Test
    void editedStdFilesHaveZigsExactTreesAndErrors() throws Exception {
        List<Path> std = StdLibParseTest.stdFiles();
        Path dir = Files.createDirectories(Path.of("target", "zig-ast-edits"));
        Random random = new Random(20261125);
        List<Path> files = new ArrayList<>();
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (int k = 0; k < 300; k++) {
            byte[] src = Files.readAllBytes(std.get(random.nextInt(std.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int[] edit = {random.nextInt(Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE),
                    random.nextInt(Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE)};
                src = ParserProperties.mutate(src, edit);
            }
            Path f = dir.resolve("edit" + k + ".zig");
            Files.write(f, src);
            files.add(f);
            contents.put(f, src);
        }
        compare(files, contents);
    }
}
