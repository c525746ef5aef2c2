package dev.zcu.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden parser corpus: {@code src/test/resources/syntax/{valid,invalid}/NAME.zig} beside
 * {@code NAME.expected}, what the reference {@code zig ast-check NAME.zig} printed (recorded by
 * {@code scripts/record-parse-golden.sh}). Invalid cases must print exactly the same lines (error and notes);
 * valid cases must parse without errors (and zig printed nothing for them).
 */
class ParseGoldenTest {

    static final Path ROOT = Path.of("src", "test", "resources", "syntax");

    static List<Path> cases(String kind) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(kind))) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
    }

    static String expected(Path zig) throws IOException {
        String name = zig.getFileName().toString();
        Path exp = zig.resolveSibling(name.substring(0, name.length() - 4) + ".expected");
        return Files.readString(exp, StandardCharsets.UTF_8);
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(cases("valid").size() >= 60, "at least 60 valid cases");
        assertTrue(cases("invalid").size() >= 60, "at least 60 invalid cases");
    }

    @TestFactory
    Stream<DynamicTest> invalidCasesPrintWhatZigPrints() throws IOException {
        return cases("invalid").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String want = expected(f);
            Ast ast = Ast.parse(Files.readAllBytes(f));
            String got = SourceCheck.renderParseErrors(f.getFileName().toString(), ast);
            assertTrue(!want.isEmpty(), "zig reported an error for this case");
            assertEquals(want, got);
        }));
    }

    @TestFactory
    Stream<DynamicTest> validCasesParseCleanly() throws IOException {
        return cases("valid").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertEquals("", expected(f), "zig ast-check is clean on this case");
            Ast ast = Ast.parse(Files.readAllBytes(f));
            assertEquals("", SourceCheck.renderParseErrors(f.getFileName().toString(), ast));
            for (int n = 1; n < ast.nodeCount(); n++) {
                int first = ast.firstToken(n);
                int last = ast.lastToken(n);
                assertTrue(first >= 0 && first <= last && last < ast.tokenCount(),
                        "node " + n + " " + ast.nodeTag(n) + ": first " + first + ", last " + last);
            }
        }));
    }
}
