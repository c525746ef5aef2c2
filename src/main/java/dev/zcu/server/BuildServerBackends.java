package dev.zcu.server;

import dev.zcu.compile.Compilation;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ways a {@link BuildServerSession} gets its updates done: through the {@link CompilerActor} (zcu's normal
 * path, which also serves the debug REPL), or directly on one dedicated thread that is the Compilation's only
 * caller (tests).
 */
public final class BuildServerBackends {

    private BuildServerBackends() {}

    /**
     * Asks the {@link CompilerActor} for each update ({@link CompilerActor.Update}); the actor serialises them
     * with the debug REPL's queries.
     *
     * @param timeout how long one update may take before the driver is told it failed
     *                ({@code zcu.protocol.update-timeout})
     */
    public static BuildServerSession.Backend actor(ActorSystem<?> system, ActorRef<CompilerActor.Command> compiler,
                                                   Duration timeout) {
        return () -> AskPattern.ask(compiler, CompilerActor.Update::new, timeout, system.scheduler());
    }

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
