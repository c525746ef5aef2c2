package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.syntax.Ast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link AstGen#check} on edited real code (std files with a run of lines deleted, duplicated or
 * with {@code const} turned into {@code var}): it always returns (never throws), is deterministic, points only
 * inside the file, and every error and note has a message and a 1-based position consistent with its offset.
 */
class AstGenProperties {
    private static final List<Path> STD = stdFiles();

    private static List<Path> stdFiles() {
        Path std = Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("lib/std");
        try (Stream<Path> s = Files.walk(std)) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> editedStd() {
        return Combinators.combine(Arbitraries.integers().between(0, STD.size() - 1),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 2)).as((file, at, len, kind) -> {
                    try {
                        String src = Files.readString(STD.get(file), StandardCharsets.UTF_8);
                        List<String> lines = new ArrayList<>(List.of(src.split("\n", -1)));
                        int start = at % lines.size();
                        int end = Math.min(lines.size(), start + len);
                        List<String> run = new ArrayList<>(lines.subList(start, end));
                        switch (kind) {
                            case 0 -> lines.subList(start, end).clear();
                            case 1 -> lines.addAll(end, run);
                            default -> {
                                for (int i = start; i < end; i++) lines.set(i, lines.get(i).replace("const ", "var "));
                            }
                        }
                        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Property(tries = 300)
    void checkAlwaysReturnsWellFormedErrors(@ForAll("editedStd") byte[] source) {
        Ast ast = Ast.parse(source);
        List<AstGenError> errors = AstGen.check(ast);
        assertEquals(errors, AstGen.check(ast), "deterministic");
        if (!ast.errors().isEmpty()) {
            assertTrue(errors.isEmpty(), "no AstGen errors on a file with parse errors");
            return;
        }
        for (AstGenError e : errors) {
            assertTrue(!e.message().isEmpty() && e.byteOffset() >= 0 && e.byteOffset() <= source.length);
            assertTrue(e.spanStart() <= e.byteOffset() && e.byteOffset() <= e.spanEnd());
            assertTrue(e.line() >= 1 && e.column() >= 1);
            for (AstGenError.Note n : e.notes()) {
                assertTrue(!n.message().isEmpty() && n.byteOffset() >= 0 && n.byteOffset() <= source.length);
            }
        }
    }
}
