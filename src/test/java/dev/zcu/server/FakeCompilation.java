package dev.zcu.server;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.UpdateResult;
import dev.zcu.compile.UpdateStats;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.sema.ZcuDebugView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in front end for driver tests (until they run on the real one): follows {@code @import("x.zig")}
 * from the root, reports every uncommented {@code @compileError("msg")} as an error at the builtin call (as
 * zig reports it for a top-level comptime block), and an unreadable import as zig's "unable to load". Counts
 * changed files between updates. Selected in a child process with
 * {@code -Dzcu.compilation-factory=dev.zcu.server.FakeCompilation$Factory}.
 */
public final class FakeCompilation implements Compilation {

    /** The factory named by {@code zcu.compilation-factory}. */
    public static final class Factory implements Function<CompilationOptions, Compilation> {
        @Override
        public Compilation apply(CompilationOptions options) {
            return new FakeCompilation(options.rootSource());
        }
    }

    private static final Pattern IMPORT = Pattern.compile("@import\\(\"([^\"]+\\.zig)\"\\)");
    private static final Pattern COMPILE_ERROR = Pattern.compile("@compileError\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    private final Path root;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private int generation = -1;

    public FakeCompilation(Path root) {
        this.root = root;
    }

    @Override
    public UpdateResult update() {
        long start = System.nanoTime();
        generation++;
        List<ErrorMessage> errors = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        ArrayDeque<Path> queue = new ArrayDeque<>(List.of(root));
        int reparsed = 0;
        int units = 0;
        while (!queue.isEmpty()) {
            Path file = queue.removeFirst();
            if (!seen.add(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(ErrorMessage.of("unable to load '" + file + "': FileNotFound", null));
                continue;
            }
            if (!text.equals(lastSeen.put(file, text))) {
                reparsed++;
                units += text.split("\n", -1).length;
            }
            int offset = 0;
            String[] lines = text.split("\n", -1);
            for (int lineNo = 0; lineNo < lines.length; lineNo++) {
                String line = lines[lineNo];
                int comment = line.indexOf("//");
                String code = comment < 0 ? line : line.substring(0, comment);
                Matcher imp = IMPORT.matcher(code);
                while (imp.find()) {
                    queue.add(file.resolveSibling(imp.group(1)).normalize());
                }
                Matcher ce = COMPILE_ERROR.matcher(code);
                while (ce.find()) {
                    int col = ce.start();
                    errors.add(ErrorMessage.of(ce.group(1).replace("\\n", "\n"), new SourceLocation(file.toString(),
                            lineNo, col, offset + col, offset + col, offset + ce.end(), line)));
                }
                offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return new UpdateResult(generation, new ErrorBundle(errors, ""),
                new UpdateStats(reparsed, units, 0, 0, System.nanoTime() - start), List.copyOf(seen));
    }

    @Override
    public ZcuDebugView debugView() {
        throw new UnsupportedOperationException("the fake compilation has no Zcu");
    }
}
