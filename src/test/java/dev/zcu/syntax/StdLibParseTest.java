package dev.zcu.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .zig} file of the reference zig's {@code lib/std} (found through the {@code zig.home} system
 * property) parses without errors, and the tree is well formed: every node's first and last tokens are in order
 * and inside the file.
 */
class StdLibParseTest {

    static Path stdDir() {
        String home = System.getProperty("zig.home");
        assertTrue(home != null && !home.isEmpty(), "system property zig.home must be set (Surefire sets it)");
        Path dir = Path.of(home, "lib", "std");
        assertTrue(Files.isDirectory(dir), "no lib/std under " + home);
        return dir;
    }

    static List<Path> stdFiles() throws IOException {
        try (Stream<Path> s = Files.walk(stdDir())) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
    }

    @Test
    void everyStdFileParsesWithoutErrors() throws IOException {
        List<Path> files = stdFiles();
        assertEquals(548, files.size(), "the reference std has 548 .zig files");
        List<String> failures = new ArrayList<>();
        long nodes = 0;
        for (Path f : files) {
            Ast ast = Ast.parse(Files.readAllBytes(f));
            if (!ast.errors().isEmpty()) {
                failures.add(SourceCheck.renderParseErrors(f.toString(), ast));
                continue;
            }
            nodes += ast.nodeCount();
            for (int n = 1; n < ast.nodeCount(); n++) {
                int first = ast.firstToken(n);
                int last = ast.lastToken(n);
                if (first < 0 || last >= ast.tokenCount() || first > last) {
                    failures.add(f + ": node " + n + " " + ast.nodeTag(n) + " first=" + first + " last=" + last);
                    break;
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(nodes > 1_000_000, "std has well over a million nodes, got " + nodes);
    }
}
