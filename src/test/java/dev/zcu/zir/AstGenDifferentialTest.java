package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.syntax.Ast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against the reference zig: std files with one small edit each (a discard removed,
 * {@code const} turned into {@code var}, a declaration duplicated, code added after a statement, a use renamed),
 * chosen by a fixed seed; {@code zig ast-check} runs on each, and zcu's AstGen must print exactly the same lines.
 * (A fuller version with more kinds of edits: {@code scripts/astgen-mutants.py} + {@code scripts/astgen-diff.sh}.)
 */
class AstGenDifferentialTest {
    private static final Pattern DISCARD = Pattern.compile("^\\s*_ = [A-Za-z_][A-Za-z0-9_]*;\\s*$");
    private static final Pattern LOCAL_CONST = Pattern.compile("^\\s{4,}const [a-z_][A-Za-z0-9_]* = ");
    private static final Pattern TOP_CONST = Pattern.compile("^(pub )?const [A-Za-z_][A-Za-z0-9_]* = [^;{]*;\\s*$");
    private static final Pattern STATEMENT = Pattern.compile("^(\\s{8,})[^/\\s][^{}]*;\\s*$");
    private static final Pattern USE = Pattern.compile("\\b[a-z][a-z0-9_]{3,}\\b");

    static List<String> mutate(List<String> lines, int kind, Random r) {
        List<Integer> idx = new ArrayList<>();
        Pattern p = switch (kind) {
            case 0 -> DISCARD;
            case 1 -> LOCAL_CONST;
            case 2 -> TOP_CONST;
            default -> STATEMENT;
        };
        for (int i = 0; i < lines.size(); i++) if (p.matcher(lines.get(i)).find()) idx.add(i);
        if (idx.isEmpty()) return null;
        int i = idx.get(r.nextInt(idx.size()));
        List<String> out = new ArrayList<>(lines);
        String l = lines.get(i);
        switch (kind) {
            case 0 -> out.remove(i);
            case 1 -> out.set(i, l.replaceFirst("const ", "var "));
            case 2 -> out.add(i + 1, l);
            case 3 -> {
                Matcher m = STATEMENT.matcher(l);
                m.find();
                String[] extra = {"unreachable;", "return undefined;", "break;", "@panic(\"x\");", "_ = 0;"};
                out.add(i + 1, m.group(1) + extra[r.nextInt(extra.length)]);
            }
            default -> {
                Matcher m = USE.matcher(l);
                List<int[]> words = new ArrayList<>();
                while (m.find()) words.add(new int[] {m.start(), m.end()});
                if (words.isEmpty()) return null;
                int[] w = words.get(r.nextInt(words.size()));
                out.set(i, l.substring(0, w[1]) + "_zz" + l.substring(w[1]));
            }
        }
        return out;
    }

    @Test
    void editedStdFilesReportWhatZigReports(@TempDir Path dir) throws Exception {
        Path zig = Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("zig");
        List<Path> std;
        try (Stream<Path> s = Files.walk(zig.resolveSibling("lib/std"))) {
            std = s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
        Random r = new Random(20261125);
        int compared = 0, withErrors = 0;
        for (int n = 0; compared < 120 && n < 1000; n++) {
            Path src = std.get(r.nextInt(std.size()));
            List<String> lines = List.of(Files.readString(src, StandardCharsets.UTF_8).split("\n", -1));
            List<String> mutated = mutate(lines, r.nextInt(5), r);
            if (mutated == null) continue;
            String name = "m" + n + ".zig";
            Path file = dir.resolve(name);
            Files.writeString(file, String.join("\n", mutated), StandardCharsets.UTF_8);
            Ast ast = Ast.parse(Files.readAllBytes(file));
            if (!ast.errors().isEmpty()) continue;
            Process proc = new ProcessBuilder(zig.toAbsolutePath().toString(), "ast-check", name).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String expected = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor();
            StringBuilder actual = new StringBuilder();
            for (AstGenError e : AstGen.check(ast)) {
                for (String line : e.render(name)) actual.append(line).append('\n');
            }
            assertEquals(expected, actual.toString(), "edited " + src + " as " + name);
            compared++;
            if (!expected.isEmpty()) withErrors++;
        }
        assertTrue(compared >= 100 && withErrors >= 40, compared + " files compared, " + withErrors + " with errors");
    }
}
