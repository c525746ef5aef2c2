package dev.zcu.bench;

import dev.zcu.syntax.Ast;
import dev.zcu.zir.AstGen;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Warm throughput of the front of the pipeline over the reference zig's whole {@code lib/std} (548 files,
 * ~13 MB): {@code parse} alone, and {@code parseAndCheck} = parse + {@link AstGen#check} (what
 * {@code zcu ast-check} does per file). Compare with {@code zig fmt --check --ast-check lib/std}.
 * Run: {@code bench/jmh.sh AstGenBenchmark -f 1 -wi 3 -i 5}; figures in {@code docs/BENCHMARKS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AstGenBenchmark {
    List<byte[]> sources;
    long bytes;

    @Setup
    public void setup() {
        Path std = Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("lib/std");
        sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(std)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".zig")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                sources.add(b);
                bytes += b.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public int parse() {
        int n = 0;
        for (byte[] src : sources) n += Ast.parse(src).nodeCount();
        return n;
    }

    @Benchmark
    public int parseAndCheck() {
        int n = 0;
        for (byte[] src : sources) n += AstGen.check(Ast.parse(src)).size();
        return n;
    }
}
