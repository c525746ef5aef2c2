package dev.zcu.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fast driver for the edit sequences of {@link IncrementalProperties}, for long local runs with many seeds
 * (jqwik's shrinking over files on disk is slow): runs {@code tries} random sequences from {@code seed}, and for
 * the first failure prints the shortest failing prefix with each step, after dropping steps that are not needed.
 * Usage: {@code java -cp ... dev.zcu.compile.IncrementalFuzzMain TRIES [SEED]}.
 */
public final class IncrementalFuzzMain {

    private IncrementalFuzzMain() {}

    public static void main(String[] args) throws Exception {
        int tries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : new Random().nextLong();
        System.out.println("seed " + seed + ", " + tries + " tries");
        Random rnd = new Random(seed);
        for (int t = 0; t < tries; t++) {
            List<IncrementalProperties.Edit> edits = new ArrayList<>();
            int n = 1 + rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                int file = rnd.nextInt(IncrementalProperties.FILES.length);
                int slot = rnd.nextInt(IncrementalProperties.FILES[file].length);
                edits.add(new IncrementalProperties.Edit(file, slot, rnd.nextInt(IncrementalProperties.FILES[file][slot].length)));
            }
            String failure = run(edits);
            if (failure == null) continue;
            // drop steps while it still fails
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int i = 0; i < edits.size(); i++) {
                    List<IncrementalProperties.Edit> shorter = new ArrayList<>(edits);
                    shorter.remove(i);
                    String f = run(shorter);
                    if (f != null) {
                        edits = shorter;
                        failure = f;
                        progress = true;
                        break;
                    }
                }
            }
            System.out.println("FAILED at try " + t + ": " + edits);
            System.out.println(failure);
            System.exit(1);
        }
        System.out.println("ok");
    }

    /** Runs one sequence; the first difference as text (with the files of that step), or null. */
    static String run(List<IncrementalProperties.Edit> edits) throws Exception {
        Path dir = Files.createTempDirectory("zcu-fuzz");
        try {
            return IncrementalProperties.firstDifference(dir, edits);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
