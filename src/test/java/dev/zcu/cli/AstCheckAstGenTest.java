package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code zcu ast-check} prints AstGen errors exactly as {@code zig ast-check} does: the whole stderr text for each
 * case of the AstGen golden corpus ({@code src/test/resources/astgen/cases}), recorded from the reference zig.
 */
class AstCheckAstGenTest {
    @TestFactory
    Stream<DynamicTest> printsWhatZigPrints() throws IOException {
        Path dir = Path.of("src/test/resources/astgen/cases");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String name = p.getFileName().toString();
                        String expected = Files.readString(
                                p.resolveSibling(name.substring(0, name.length() - 4) + ".expected"),
                                StandardCharsets.UTF_8);
                        String actual = new AstCheckCommand().checkSource(name, Files.readAllBytes(p));
                        assertEquals(expected, actual);
                    }));
        }
    }
}
