package dev.zcu.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.protocol.ErrorBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariant of incremental compilation: after every step of a random edit sequence over a multi-file
 * program (values that fit or not, bodies and signatures changed, declarations added, removed and renamed,
 * imports added and removed, files deleted and created again, struct fields and enum variants changed, a
 * dependency loop appearing and disappearing, lines inserted above declarations, syntax and AstGen errors
 * introduced and fixed, comments), the incremental compilation reports exactly the errors a fresh compilation of
 * the same files reports. Random seeds: CI runs a modest number of tries; {@link IncrementalFuzzMain} runs many.
 */
class IncrementalProperties {

    /** Slot contents per file: index 0 means "absent"; a file other than main.zig with every slot absent is deleted. */
    static final String[][] MAIN = {
            {"", "// moved down\n\n\n"},
            {"", "const a = @import(\"a.zig\");", "const a = @import(\"a.zig\");\nconst b = @import(\"b.zig\");"},
            {"", "export fn run() u8 {\n    return a.g(1);\n}", "export fn run() u8 {\n    return a.g(true);\n}",
                    "export fn run() u32 {\n    return b.h(2) + a.g(1);\n}"},
            {"", "comptime {\n    if (a.k != 5) @compileError(\"k is not 5\");\n}", "comptime {\n    _ = a.missing;\n}",
                    "// a comment\ncomptime {\n    if (a.k != 5) @compileError(\"k is not 5\");\n}"},
            {"", "export fn useS() u32 {\n    const s: a.S = .{ .x = 1 };\n    return s.x;\n}",
                    "export fn useE() u8 {\n    return switch (a.e) {\n        .one => 1,\n        .two => 2,\n    };\n}"},
            {"", "const p: u8 = q;\nconst q: u8 = p;\ncomptime {\n    _ = p;\n}",
                    "const p: u8 = q;\nconst q: u8 = 3;\ncomptime {\n    _ = p;\n}"},
            {"", "const c = @import(\"c.zig\");\ncomptime {\n    _ = c.v;\n}"},
    };
    static final String[][] A = {
            {"", "\n// moved\n\n"},
            {"", "pub const k: u8 = 5;", "pub const k: u8 = 300;", "pub const k: u8 = 6;", "const k: u8 = 5;", "pub const k = true;"},
            {"", "pub fn g(x: u8) u8 {\n    return x + k;\n}", "pub fn g(x: u8) u8 {\n    return x;\n}",
                    "pub fn g(x: u8) bool {\n    return x;\n}", "pub fn g(x: u8, y: u8) u8 {\n    return x + y;\n}",
                    "pub fn g(x: u8) u8 {\n    // just a comment\n    return x;\n}",
                    "pub fn g(x: u8) u8 {\n    const unused: u8 = x;\n    return x;\n}"},
            {"", "fn unused() void {\n    const z: u8 = 256;\n    _ = z;\n}", "pub const broken = ;", "const extra: u32 = 7;"},
            {"", "pub const S = struct {\n    x: u32,\n};", "pub const S = struct {\n    x: u8,\n    y: u8 = 0,\n};",
                    "pub const S = struct {\n    y: u32,\n};", "pub const S = struct {\n    x: u32 = true,\n};"},
            {"", "pub const E = enum { one, two };\npub var e: E = .one;",
                    "pub const E = enum { one, two, three };\npub var e: E = .one;", "pub const E = enum { one };\npub var e: E = .one;"},
    };
    static final String[][] B = {
            {"", "// b\n\n"},
            {"", "pub fn h(x: u32) u32 {\n    return x * 2;\n}", "pub fn h(x: u32) u32 {\n    return x * true;\n}",
                    "pub fn h(x: u32) u64 {\n    return x;\n}", "pub fn h(x: u32) u32 {\n    return c.w + x;\n}"},
            {"", "const helper = struct {\n    const v = 1;\n};", "comptime {\n    @compileError(\"b is broken\");\n}"},
            {"", "const c = @import(\"c.zig\");"},
    };
    static final String[][] C = {
            {"", "\n\n"},
            {"", "pub const v: u8 = 1;", "pub const v: u8 = 256;", "pub const v: bool = 1;"},
            {"", "pub const w: u32 = 4;", "pub const w: u8 = 4;", "pub const w: u32 = v;", "pub const syntax = ;"},
    };
    static final String[][][] FILES = {MAIN, A, B, C};
    static final String[] NAMES = {"main.zig", "a.zig", "b.zig", "c.zig"};
    static final int[][] INITIAL = {{0, 1, 1, 1, 0, 0, 0}, {0, 1, 1, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 1}};

    record Edit(int file, int slot, int variant) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Arbitraries.integers().between(0, FILES.length - 1).flatMap(file -> {
            String[][] slots = FILES[file];
            return Arbitraries.integers().between(0, slots.length - 1).flatMap(slot ->
                    Arbitraries.integers().between(0, slots[slot].length - 1).map(v -> new Edit(file, slot, v)));
        });
        return edit.list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 150)
    void incrementalEqualsFresh(@ForAll("edits") List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("zcu-inc");
        try {
            String difference = firstDifference(dir, edits);
            assertEquals(null, difference);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Replays {@code edits} in {@code dir}; the first step whose incremental errors differ from a fresh build's. */
    static String firstDifference(Path dir, List<Edit> edits) throws IOException {
        int[][] state = new int[INITIAL.length][];
        for (int i = 0; i < INITIAL.length; i++) state[i] = INITIAL[i].clone();
        long[] clock = {System.currentTimeMillis() - 1_000_000};
        writeAll(dir, state, clock);
        Compilation inc = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, true, true));
        String d = difference(dir, inc, "initial");
        for (Edit e : edits) {
            if (d != null) return d;
            state[e.file()][e.slot()] = e.variant();
            write(dir, e.file(), state, clock);
            d = difference(dir, inc, e.toString());
        }
        return d;
    }

    private static List<ErrorBundle.ErrorMessage> withoutTraces(List<ErrorBundle.ErrorMessage> ms) {
        return ms.stream().map(m -> new ErrorBundle.ErrorMessage(m.msg(), m.count(), m.src(), m.notes(), List.of())).toList();
    }

    private static String difference(Path dir, Compilation inc, String step) throws IOException {
        var incBundle = inc.update().errors();
        var freshBundle = Compilation.create(new CompilationOptions(dir.resolve("main.zig"), null, false, false))
                .update().errors();
        List<String> incremental = CompilationTestSupport.plain(incBundle);
        List<String> fresh = CompilationTestSupport.plain(freshBundle);
        // whole messages: text, spans, source lines, notes. Not which error carries the reference trace: zig gives it
        // to the first error of an analysis with no earlier error, which depends on the order of analysis.
        if (withoutTraces(freshBundle.messages()).equals(withoutTraces(incBundle.messages()))) return null;
        if (fresh.equals(incremental)) {
            fresh = List.of(freshBundle.messages().toString());
            incremental = List.of(incBundle.messages().toString());
        }
        StringBuilder sb = new StringBuilder("after " + step + "\nfresh:       " + fresh + "\nincremental: " + incremental);
        for (String name : NAMES) {
            Path p = dir.resolve(name);
            sb.append("\n--- ").append(name).append(Files.exists(p) ? "\n" + Files.readString(p) : " (absent)");
        }
        return sb.toString();
    }

    private static void writeAll(Path dir, int[][] state, long[] clock) throws IOException {
        for (int f = 0; f < FILES.length; f++) write(dir, f, state, clock);
    }

    private static void write(Path dir, int file, int[][] state, long[] clock) throws IOException {
        List<String> parts = new ArrayList<>();
        for (int slot = 0; slot < FILES[file].length; slot++) {
            String text = FILES[file][slot][state[file][slot]];
            if (!text.isEmpty()) parts.add(text);
        }
        Path p = dir.resolve(NAMES[file]);
        if (file > 0 && parts.isEmpty()) {
            Files.deleteIfExists(p);
            return;
        }
        Files.writeString(p, String.join("\n", parts) + "\n");
        clock[0] += 2000;
        p.toFile().setLastModified(clock[0]);
    }
}
