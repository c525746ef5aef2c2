package dev.zcu.server;

import dev.zcu.compile.Compilation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ways a {@link BuildServerSession} gets its updates done: through the CompilerActor (zcu's normal path,
 * which also serves the debug REPL), or directly on one dedicated thread that is the Compilation's only caller.
 */
public final class BuildServerBackends {

    private BuildServerBackends() {}

    /** Runs every update on one daemon thread, the sole caller of {@code compilation}. */
    public static BuildServerSession.Backend direct(Compilation compilation) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zcu-compilation");
            t.setDaemon(true);
            return t;
        });
        return () -> CompletableFuture.supplyAsync(compilation::update, thread);
    }
}
