package dev.zcu.syntax;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The file-level side of the {@code syntax} stage for {@code zcu ast-check}: reading a source file with Zig's
 * error names, rendering a tree's parse errors the way {@code zig ast-check} prints them, and checking many files
 * on a few threads with large stacks (the parser is recursive, like Zig's).
 */
public final class SourceCheck {

    private SourceCheck() {
    }

    /** A file's bytes, or the fatal error message zig would print for it (without the {@code error: } prefix). */
    public record Loaded(byte[] bytes, String error) {
    }

    /** Reads a source file; failures are data, named like Zig's errors. */
    public static Loaded read(String path) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return new Loaded(null, "unable to open file for ast-check '" + path + "': BadPathName");
        }
        if (Files.isDirectory(p)) {
            return new Loaded(null, "IsDir");
        }
        try {
            return new Loaded(Files.readAllBytes(p), null);
        } catch (NoSuchFileException e) {
            return new Loaded(null, "unable to open file for ast-check '" + path + "': FileNotFound");
        } catch (AccessDeniedException e) {
            return new Loaded(null, "unable to open file for ast-check '" + path + "': AccessDenied");
        } catch (OutOfMemoryError e) {
            return new Loaded(null, "unable to load file for ast-check '" + path + "': OutOfMemory");
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "unable to load file for ast-check '" + path + "': "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * The lines {@code zig ast-check} prints for a tree with parse errors: the first error, at its token (or
     * just after the previous token), followed by the notes that come right after it. Empty for a clean tree.
     */
    public static String renderParseErrors(String path, Ast ast) {
        List<Ast.Error> errors = ast.errors();
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Ast.Error first = errors.get(0);
        appendLine(sb, path, ast, ast.errorByteOffset(first), "error", ast.renderError(first));
        for (int i = 1; i < errors.size(); i++) {
            Ast.Error note = errors.get(i);
            if (!note.isNote()) {
                break;
            }
            appendLine(sb, path, ast, ast.tokenStart(note.token()), "note", ast.renderError(note));
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String path, Ast ast, int byteOffset, String kind,
                                   String msg) {
        Ast.Location loc = ast.lineColumn(byteOffset);
        sb.append(path).append(':').append(loc.line() + 1).append(':').append(loc.column() + 1).append(": ")
                .append(kind).append(": ").append(msg).append('\n');
    }

    /** Stack size of the checking threads: deep enough for any nesting the parser accepts. */
    private static final long STACK_SIZE = 64L << 20;

    /**
     * Applies {@code check} to every item on up to {@code availableProcessors} threads (each with a large stack)
     * and returns the results in item order. A failure of {@code check} on an item becomes an
     * {@code error: ...} line for that item rather than an exception.
     */
    public static String[] forEachInParallel(List<String> items, Function<String, String> check) {
        int n = items.size();
        String[] results = new String[n];
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
                String item = items.get(i);
                try {
                    results[i] = check.apply(item);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    results[i] = "error: internal failure checking '" + item + "': " + e + "\n";
                }
            }
        };
        Thread[] pool = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            pool[t] = new Thread(null, worker, "zcu-check-" + t, STACK_SIZE);
            pool[t].start();
        }
        for (Thread t : pool) {
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return results;
    }
}
