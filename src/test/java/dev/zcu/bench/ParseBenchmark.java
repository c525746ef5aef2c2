package dev.zcu.bench;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm throughput of the {@code syntax} stage over the reference zig's whole {@code lib/std} (548 files, about
 * 12.8 MB): {@code tokenizeAndParse} is {@link Ast#parse} on every file (what zig's {@code Ast.parse} does),
 * {@code tokenizeOnly} the {@link Tokenizer} alone. One operation = all of std, so MB/s = 12.78 / (s/op).
 * Run: {@code bench/jmh.sh ParseBenchmark -f 1 -wi 5 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    List<byte[]> sources;
    long totalBytes;

    @Setup
    public void setup() throws IOException {
        Path std = Path.of(System.getProperty("zig.home"), "lib", "std");
        sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(std)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".zig")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                sources.add(b);
                totalBytes += b.length;
            }
        }
        System.out.println("ParseBenchmark: " + sources.size() + " files, " + totalBytes + " bytes");
    }

    @Benchmark
    public int tokenizeAndParse() {
        int nodes = 0;
        for (byte[] src : sources) {
            nodes += Ast.parse(src).nodeCount();
        }
        return nodes;
    }

    @Benchmark
    public int tokenizeOnly() {
        int tokens = 0;
        for (byte[] src : sources) {
            Tokenizer t = new Tokenizer(src);
            while (t.next() != dev.zcu.syntax.Token.Tag.EOF.ordinal()) {
                tokens++;
            }
        }
        return tokens;
    }
}
