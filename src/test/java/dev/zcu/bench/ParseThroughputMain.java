package dev.zcu.bench;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Token;
import dev.zcu.syntax.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm throughput of tokenize and tokenize+parse over all of {@code lib/std}, as the best of N passes in one JVM:
 * on a shared, loaded machine the best pass is a steadier figure than JMH's mean (see
 * {@code docs/BENCHMARKS.md}). Usage: {@code java -cp ... dev.zcu.bench.ParseThroughputMain ZIG_HOME [N]}.
 */
public final class ParseThroughputMain {

    private ParseThroughputMain() {
    }

    public static void main(String[] args) throws IOException {
        Path std = Path.of(args[0], "lib", "std");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<byte[]> sources = new ArrayList<>();
        long total = 0;
        try (Stream<Path> s = Files.walk(std)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".zig")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                sources.add(b);
                total += b.length;
            }
        }
        int eof = Token.Tag.EOF.ordinal();
        for (String mode : new String[] {"tokenize", "tokenize+parse"}) {
            long best = Long.MAX_VALUE;
            long sink = 0;
            for (int pass = 0; pass < passes; pass++) {
                long t0 = System.nanoTime();
                for (byte[] src : sources) {
                    if (mode.equals("tokenize")) {
                        Tokenizer t = new Tokenizer(src);
                        while (t.next() != eof) {
                            sink++;
                        }
                    } else {
                        sink += Ast.parse(src).nodeCount();
                    }
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("%-15s %d files, %d bytes: best of %d passes %.1f ms = %.0f MB/s (%d)%n", mode,
                    sources.size(), total, passes, best / 1e6, total / 1e6 / (best / 1e9), sink % 10);
        }
    }
}
