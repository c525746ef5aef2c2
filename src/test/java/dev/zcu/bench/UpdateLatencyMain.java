package dev.zcu.bench;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.UpdateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Update latency of an incremental compilation on a {@link SyntheticProject} (issue 5's Performance table), in one
 * JVM: a first full update, then for each row an edit of {@code f3.zig} (and its undo), each followed by an update;
 * prints the median wall time of the update (as {@link UpdateResult#stats()} measures it) with the units analysed.
 * Usage: {@code UpdateLatencyMain DIR FILES GROUPS [REPEATS]} (writes the project into DIR first).
 */
public final class UpdateLatencyMain {

    private UpdateLatencyMain() {}

    private static Path dir;
    private static long clock = System.currentTimeMillis() - 10_000_000;

    public static void main(String[] args) throws Exception {
        dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int groups = Integer.parseInt(args[2]);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        long lines = SyntheticProject.write(dir, files, groups);
        Compilation c = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, true));
        long t0 = System.nanoTime();
        UpdateResult first = c.update();
        System.out.printf("%d lines, %d files; first update %.0f ms, %d units, %d errors%n", lines, files + 1,
                (System.nanoTime() - t0) / 1e6, first.stats().unitsAnalysed(), first.errors().messages().size());
        Path f3 = dir.resolve("f3.zig");
        String original = Files.readString(f3);
        String body = "    while (k < n) : (k += 1) {\n        t +%= k;\n    }\n";
        int fn5 = original.indexOf("pub fn fn5(");
        int bodyAt = original.indexOf(body, fn5);
        String bodyEdited = original.substring(0, bodyAt) + body.replace("t +%= k;", "t +%= k +% 1;")
                + original.substring(bodyAt + body.length());
        String sigEdited = original.replace("pub fn fn1(n: u32) u32 {", "pub fn fn1(n: u64) u32 {");
        int ret = original.indexOf("    return s.sum() +% b.get();", fn5);
        String typeError = original.substring(0, ret) + "    return s.sum() +% b.get() +% true;"
                + original.substring(ret + "    return s.sum() +% b.get();".length());
        String referenced = original.substring(0, ret) + "    return s.sum() +% b.get() +% extra;"
                + original.substring(ret + "    return s.sum() +% b.get();".length()) + "pub const extra: u32 = 7;\n";
        // warm up the JIT on the edit kinds
        for (int i = 0; i < 3; i++) {
            row(c, f3, original, original + "// warm\n", 1, null);
            row(c, f3, original, bodyEdited, 1, null);
        }
        System.out.println("| update | median ms | units analysed | files re-parsed | errors |");
        System.out.println("|---|---|---|---|---|");
        row(c, f3, original, null, repeats, "no-op");
        row(c, f3, original, original + "// a comment\n", repeats, "comment edit (and undo)");
        row(c, f3, original, bodyEdited, repeats, "body edit of one function (and undo)");
        row(c, f3, original, sigEdited, repeats, "signature change, 2 callers (and undo)");
        row(c, f3, original, original + "const unused_extra: u32 = 1;\n", repeats, "add / remove an unreferenced declaration");
        row(c, f3, original, referenced, repeats, "add / remove a referenced declaration");
        row(c, f3, original, typeError, repeats, "add / fix a type error");
    }

    /** Alternates {@code edited} and {@code original} (or no edit when null); prints both medians as one row. */
    private static void row(Compilation c, Path file, String original, String edited, int repeats, String name)
            throws Exception {
        List<Double> there = new ArrayList<>();
        List<Double> back = new ArrayList<>();
        String stats = "";
        for (int i = 0; i < repeats; i++) {
            if (edited != null) write(file, edited);
            UpdateResult a = c.update();
            there.add(a.stats().nanos() / 1e6);
            if (i == 0) {
                stats = a.stats().unitsAnalysed() + " | " + a.stats().filesReparsed() + " | " + a.errors().messages().size();
            }
            if (edited != null) {
                write(file, original);
                UpdateResult b = c.update();
                back.add(b.stats().nanos() / 1e6);
                if (i == 0) stats += " (undo: " + b.stats().unitsAnalysed() + " units, " + b.errors().messages().size() + " errors)";
            }
        }
        if (name == null) return;
        String ms = String.format("%.1f", median(there)) + (back.isEmpty() ? "" : String.format(" / %.1f", median(back)));
        System.out.println("| " + name + " | " + ms + " | " + stats + " |");
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        clock += 2000;
        file.toFile().setLastModified(clock);
    }
}
