package dev.zcu.server;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.FileSystemInputs;
import dev.zcu.protocol.ZcuUpdateStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code zcu watch}: the bundled build driver, playing the part of {@code zig build --watch}. It starts the
 * compiler as a child process speaking Zig's protocol on its stdin/stdout ({@code zcu build-obj ...
 * --listen=-}), sends the first {@code update}, watches the directories of the files the compiler named in
 * {@code file_system_inputs} ({@link WatchService}), and after a change to one of those files, once no further
 * change arrives for the debounce interval, sends the next {@code update}. Each update's bundle is rendered
 * (by the renderer the command line passes in) followed by one status line. {@link #stop()} (Ctrl-C, the end
 * of the driver's stdin) sends {@code exit} and waits for the child.
 */
public final class WatchDriver {

    /**
     * What the driver needs.
     *
     * @param childCommand    the compiler command line, ending in {@code --listen=-}
     * @param cwd             the directory the child runs in and cwd-prefixed paths are relative to
     * @param zigLibDir       the zig lib directory for lib-prefixed paths, or null (not watched then)
     * @param debounce        quiet time after the last change before an update ({@code zcu.watch.debounce})
     * @param maxMessageBytes the largest accepted message from the child
     */
    public record Settings(List<String> childCommand, Path cwd, Path zigLibDir, Duration debounce,
                           long maxMessageBytes) {
        public Settings {
            childCommand = List.copyOf(childCommand);
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final Function<ErrorBundle, String> renderer;
    private final Map<Path, WatchKey> watchedDirs = new HashMap<>();
    private volatile Set<Path> watchedFiles = Set.of();
    private volatile boolean stopping;
    private Process child;
    private WatchCompilerClient client;
    private WatchService watcher;
    private int updates;

    public WatchDriver(Settings settings, PrintStream out, Function<ErrorBundle, String> renderer) {
        this.settings = settings;
        this.out = out;
        this.renderer = renderer;
    }

    /** Runs until {@link #stop()} or the child's death; returns the exit status (0 after a clean stop). */
    public int run() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            child = new ProcessBuilder(settings.childCommand()).directory(settings.cwd().toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            out.println("error: unable to start the compiler: " + e.getMessage());
            return 1;
        }
        client = new WatchCompilerClient(child.getInputStream(), child.getOutputStream(), settings.maxMessageBytes());
        WatchCompilerClient.Outcome<String> hello = client.hello();
        if (hello instanceof WatchCompilerClient.Outcome.Failed<String> f) {
            return childFailed(f.reason());
        }
        while (!stopping) {
            long start = System.nanoTime();
            java.nio.file.attribute.FileTime startedAt = java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 1);
            drainEvents(); // changes queued so far are seen by this update
            WatchCompilerClient.Outcome<WatchCompilerClient.Update> result = client.update();
            if (result instanceof WatchCompilerClient.Outcome.Failed<WatchCompilerClient.Update> f) {
                return stopping ? finish() : childFailed(f.reason());
            }
            WatchCompilerClient.Update update = ((WatchCompilerClient.Outcome.Ok<WatchCompilerClient.Update>) result).value();
            // Watch before telling the user the update is done, then look for saves that raced the update
            // (after the compiler read a file, before its directory was watched): they trigger the next update.
            watch(update.inputs());
            report(update, System.nanoTime() - start);
            if (!changedSince(startedAt) && !awaitChange()) {
                break;
            }
        }
        return finish();
    }

    /** Ends the session: sends {@code exit}, waits for the child. Safe from any thread, more than once. */
    public void stop() {
        stopping = true;
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // closing only wakes the waiting thread
        }
        Process p = child;
        if (p != null && p.isAlive()) {
            try {
                client.exit();
                p.getOutputStream().close();
            } catch (IOException ignored) {
                // the child is already gone
            }
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops when {@code in} ends or a line reading {@code exit} or {@code q} arrives (a daemon thread). */
    public void stopOnEndOf(InputStream in) {
        Thread t = new Thread(() -> {
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.trim().equals("exit") || line.trim().equals("q")) {
                        break;
                    }
                }
            } catch (IOException ignored) {
                // treated as the end of input
            }
            stop();
        }, "zcu-watch-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** The files the last update named. */
    public Set<Path> watchedFiles() {
        return watchedFiles;
    }

    private int finish() {
        stop();
        return 0;
    }

    private int childFailed(String reason) {
        if (stopping) {
            return 0;
        }
        out.println("error: the compiler process failed: " + reason);
        Process p = child;
        if (p != null) {
            p.destroyForcibly();
        }
        return 1;
    }

    private void report(WatchCompilerClient.Update update, long roundTripNanos) {
        updates++;
        out.print(renderer.apply(update.errors()));
        out.println(statusLine(update.stats(), update.errors().messages().size(), roundTripNanos, updates));
        out.flush();
    }

    /** One line per update: generation, units analysed, errors, time. */
    static String statusLine(Optional<ZcuUpdateStats> stats, int errors, long roundTripNanos, int updateNumber) {
        String errorText = errors == 1 ? "1 error" : errors + " errors";
        if (stats.isEmpty()) {
            return String.format(Locale.ROOT, "zcu watch: update %d: %s, %.1f ms", updateNumber, errorText,
                    roundTripNanos / 1e6);
        }
        ZcuUpdateStats s = stats.get();
        return String.format(Locale.ROOT,
                "zcu watch: generation %d: %d units analysed, %d up to date, %d files reparsed, %s, %.1f ms",
                s.generation(), s.unitsAnalysed(), s.unitsUpToDate(), s.filesReparsed(), errorText, s.nanos() / 1e6);
    }

    private void watch(List<FileSystemInputs.PrefixedPath> inputs) {
        Set<Path> files = new HashSet<>();
        for (FileSystemInputs.PrefixedPath p : inputs) {
            p.resolve(settings.cwd(), settings.zigLibDir()).ifPresent(files::add);
        }
        Set<Path> dirs = new HashSet<>();
        for (Path f : files) {
            if (f.getParent() != null) {
                dirs.add(f.getParent());
            }
        }
        watchedDirs.entrySet().removeIf(e -> {
            if (!dirs.contains(e.getKey())) {
                e.getValue().cancel();
                return true;
            }
            return false;
        });
        for (Path d : dirs) {
            if (!watchedDirs.containsKey(d)) {
                try {
                    watchedDirs.put(d, d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                } catch (IOException | ClosedWatchServiceException e) {
                    if (!stopping) {
                        out.println("warning: cannot watch " + d + ": " + e.getMessage());
                    }
                }
            }
        }
        watchedFiles = Set.copyOf(files);
    }

    /** Discards the events queued so far. */
    private void drainEvents() {
        try {
            for (WatchKey key; (key = watcher.poll()) != null; ) {
                key.pollEvents();
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            // stopping
        }
    }

    /** Whether a watched file was modified after {@code time} (a save racing the update). */
    private boolean changedSince(java.nio.file.attribute.FileTime time) {
        if (stopping) {
            return false;
        }
        java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis());
        for (Path f : watchedFiles) {
            try {
                java.nio.file.attribute.FileTime modified = java.nio.file.Files.getLastModifiedTime(f);
                if (modified.compareTo(time) > 0 && modified.compareTo(now) <= 0) {
                    return true;
                }
            } catch (IOException e) {
                return true; // deleted or replaced meanwhile: let the compiler see it
            }
        }
        return false;
    }

    /** Blocks until a watched file changed and the debounce interval passed quietly; false when stopping. */
    private boolean awaitChange() {
        try {
            while (!stopping) {
                WatchKey key = watcher.take();
                if (relevant(key)) {
                    break;
                }
            }
            long debounceMs = settings.debounce().toMillis();
            while (!stopping) {
                WatchKey key = watcher.poll(debounceMs, TimeUnit.MILLISECONDS);
                if (key == null) {
                    return true;
                }
                relevant(key);
            }
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean relevant(WatchKey key) {
        boolean hit = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                hit = true;
            } else if (event.context() instanceof Path name && watchedFiles.contains(dir.resolve(name))) {
                hit = true;
            }
        }
        key.reset();
        return hit;
    }
}
