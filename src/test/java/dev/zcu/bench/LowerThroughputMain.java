package dev.zcu.bench;

import dev.zcu.syntax.Ast;
import dev.zcu.zir.Lowering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Best-of-15 wall time of {@link Lowering#lower} over every std file, each parsed once beforehand (figures in
 * docs/BENCHMARKS.md). Usage: {@code java -cp ... dev.zcu.bench.LowerThroughputMain ZIG_LIB_STD}.
 */
public final class LowerThroughputMain {

    public static void main(String[] args) throws Exception {
        List<Ast> asts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".zig")).sorted().toList()) {
                asts.add(Ast.parse(Files.readAllBytes(p)));
            }
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long t0 = System.nanoTime();
            for (Ast ast : asts) Lowering.lower(ast);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("lower all %d std files: best of 15 = %.1f ms%n", asts.size(), best / 1e6);
    }
}
