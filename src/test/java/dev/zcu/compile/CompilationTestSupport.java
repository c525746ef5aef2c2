package dev.zcu.compile;

import dev.zcu.protocol.ErrorBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for compilation tests: plain rendering of bundles and the reference zig's clean-build output. */
final class CompilationTestSupport {

    private CompilationTestSupport() {}

    /** The bundle rendered as zig prints on a pipe: {@code path:line:col: error: msg} and note lines. */
    static List<String> plain(ErrorBundle b) {
        List<String> out = new ArrayList<>();
        for (ErrorBundle.ErrorMessage m : b.messages()) render(m, "error", out);
        return out;
    }

    private static void render(ErrorBundle.ErrorMessage m, String kind, List<String> out) {
        if (m.src() == null) {
            out.add(kind + ": " + m.msg());
        } else {
            out.add(m.src().srcPath() + ":" + (m.src().line() + 1) + ":" + (m.src().column() + 1) + ": " + kind + ": " + m.msg());
        }
        for (ErrorBundle.ErrorMessage n : m.notes()) render(n, "note", out);
    }

    static Path zig() {
        return Path.of(System.getProperty("zig.home", ".cache/zig")).toAbsolutePath().resolve("zig");
    }

    /** What {@code zig build-obj -fno-emit-bin ROOT} prints (error and note lines only), run in {@code dir}. */
    static List<String> zigErrors(Path dir, String root, Path cache) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(zig().toString(), "build-obj", "-fno-emit-bin", root,
                "--cache-dir", cache.resolve("c").toString(), "--global-cache-dir", cache.resolve("g").toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(300, TimeUnit.SECONDS);
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (l.matches("^\\S.*:\\d+:\\d+: (error|note): .*") || l.startsWith("error: ")) lines.add(l);
        }
        return lines;
    }

    static void write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        // make sure a stat-based check sees a change even within one mtime tick
        f.toFile().setLastModified(System.currentTimeMillis() + (long) (Math.random() * 1000) + 1000);
    }
}
