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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The AstGen golden corpus: each {@code src/test/resources/astgen/cases/NAME.zig} beside {@code NAME.expected},
 * what the reference zig's {@code ast-check} printed for it (recorded by {@code scripts/record-astgen-golden.sh}).
 * Every printed line must match exactly, in order.
 */
class AstGenGoldenTest {
    static final Path CASES = Path.of("src/test/resources/astgen/cases");

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
    }

    static List<String> render(Path file) throws IOException {
        Ast ast = Ast.parse(Files.readAllBytes(file));
        assertTrue(ast.errors().isEmpty(), file + " must parse without errors");
        List<String> out = new ArrayList<>();
        for (AstGenError e : AstGen.check(ast)) out.addAll(e.render(file.getFileName().toString()));
        return out;
    }

    @Test
    void corpusIsLargeAndMostlyErroneous() throws IOException {
        List<Path> all = cases();
        long withErrors = 0;
        for (Path p : all) {
            Path expected = expectedOf(p);
            if (Files.size(expected) > 0) withErrors++;
        }
        assertTrue(withErrors >= 80, "at least 80 golden files with AstGen errors, found " + withErrors);
    }

    static Path expectedOf(Path zig) {
        String name = zig.getFileName().toString();
        return zig.resolveSibling(name.substring(0, name.length() - 4) + ".expected");
    }

    /**
     * Renders like zig's ErrorBundle with source lines (what {@code --color on} prints, escapes removed): the
     * source line (tabs as spaces) and the {@code ~~~^~~~} span markers; a note at the error's exact location has
     * no source line.
     */
    static List<String> renderSpans(Path file) throws IOException {
        Ast ast = Ast.parse(Files.readAllBytes(file));
        String name = file.getFileName().toString();
        List<String> out = new ArrayList<>();
        for (AstGenError e : AstGen.check(ast)) {
            out.add(name + ":" + e.line() + ":" + e.column() + ": error: " + e.message());
            addSpan(out, e.sourceLine(), e.column(), e.spanStart(), e.byteOffset(), e.spanEnd());
            for (AstGenError.Note n : e.notes()) {
                out.add(name + ":" + n.line() + ":" + n.column() + ": note: " + n.message());
                boolean sameLoc = n.line() == e.line() && n.column() == e.column();
                if (!sameLoc) addSpan(out, n.sourceLine(), n.column(), n.spanStart(), n.byteOffset(), n.spanEnd());
            }
        }
        return out;
    }

    static void addSpan(List<String> out, String sourceLine, int column, int start, int main, int end) {
        out.add(sourceLine.replace('\t', ' '));
        int before = main - start;
        int after = Math.max(0, end - main - 1);
        out.add(" ".repeat(column - 1 - before) + "~".repeat(before) + "^" + "~".repeat(after));
    }

    @TestFactory
    Stream<DynamicTest> spansMatchReferenceZig() throws IOException {
        return cases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            Path spans = p.resolveSibling(name.substring(0, name.length() - 4) + ".spans");
            // Source lines keep their '\r' (CRLF files), so compare the raw text split on '\n' only.
            String expected = Files.readString(spans, StandardCharsets.UTF_8);
            String actual = String.join("\n", renderSpans(p));
            assertEquals(expected, actual.isEmpty() ? "" : actual + "\n");
        }));
    }

    @TestFactory
    Stream<DynamicTest> matchesReferenceZig() throws IOException {
        return cases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(expectedOf(p), StandardCharsets.UTF_8);
            assertEquals(String.join("\n", expected), String.join("\n", render(p)));
        }));
    }
}
