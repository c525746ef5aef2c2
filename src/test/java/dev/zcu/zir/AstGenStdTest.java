package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.syntax.Ast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference zig's whole {@code lib/std} has no AstGen error ({@code zig ast-check} is silent on all 548
 * files), so AstGen must report none either: no false positives on real code.
 */
class AstGenStdTest {
    static Path stdDir() {
        return Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("lib/std");
    }

    static List<Path> stdFiles() throws IOException {
        try (Stream<Path> s = Files.walk(stdDir())) {
            return s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
        }
    }

    @Test
    void everyStdFileIsClean() throws IOException {
        List<Path> files = stdFiles();
        assertEquals(548, files.size(), "the reference std has 548 files");
        List<String> problems = new ArrayList<>();
        int clean = 0;
        for (Path f : files) {
            Ast ast = Ast.parse(Files.readAllBytes(f));
            if (!ast.errors().isEmpty()) {
                problems.add(f + ": parse errors");
                continue;
            }
            List<AstGenError> errors = AstGen.check(ast);
            if (errors.isEmpty()) {
                clean++;
            } else {
                for (AstGenError e : errors) problems.addAll(e.render(stdDir().relativize(f).toString()));
            }
        }
        assertTrue(problems.isEmpty(), clean + "/" + files.size() + " clean; first problems:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        assertEquals(548, clean);
    }
}
