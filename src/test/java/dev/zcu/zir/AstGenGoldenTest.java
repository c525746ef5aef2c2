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

    @TestFactory
    Stream<DynamicTest> matchesReferenceZig() throws IOException {
        return cases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(expectedOf(p), StandardCharsets.UTF_8);
            assertEquals(String.join("\n", expected), String.join("\n", render(p)));
        }));
    }
}
