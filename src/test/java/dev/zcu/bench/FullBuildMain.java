package dev.zcu.bench;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.UpdateResult;
import java.nio.file.Path;

/**
 * Full-build benchmark (not run by Surefire): {@code runs} fresh compilations of {@code ROOT.zig} in one JVM
 * ({@code Compilation.create} + one {@code update()} each), printing each build's wall time, units analysed and
 * errors, then the best and the heap in use. The first runs include JIT warm-up; the best is the warm figure.
 *
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp target/test-classes dev.zcu.bench.SyntheticProject /tmp/syn100k 50 87
 * java -Xss16m -XX:+UseSerialGC -cp target/test-classes:target/classes dev.zcu.bench.FullBuildMain /tmp/syn100k/main.zig 5
 * </pre>
 */
public final class FullBuildMain {
    private FullBuildMain() {}

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Compilation c = Compilation.create(new CompilationOptions(root, null, false, false));
            UpdateResult r = c.update();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            System.out.printf("run %d: %d ms, %d units analysed, %d errors%n", i + 1, ms, r.stats().unitsAnalysed(),
                    r.errors().messages().size());
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("best %d ms; heap in use after GC %d MB%n", best, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
