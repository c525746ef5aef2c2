package dev.zcu.server;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.UpdateResult;
import dev.zcu.compile.UpdateStats;
import dev.zcu.debug.ReplRenderer;
import dev.zcu.protocol.ErrorBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.StashBuffer;

/**
 * The sole owner of one {@link Compilation} (and so of its Zcu): the mailbox replaces the seed's mutex. The build
 * driver sends {@link Update}s, each debug REPL connection sends {@link Query} lines, {@link Exit} stops it.
 * Nothing outside this actor holds the Compilation; its {@link dev.zcu.sema.ZcuDebugView} is only read here,
 * between updates, through the pure functions of {@link ReplRenderer}.
 *
 * <h2>How it stays responsive during a long update</h2>
 * {@code Compilation.update()} is one synchronous call that may run for seconds; it cannot be cut into slices
 * without changing the Compilation contract, and running it on the actor's own thread would leave the mailbox
 * unread, so a waiting REPL client would hear nothing until it ends. So the update runs on the dedicated
 * single-thread dispatcher {@code zcu-compiler-dispatcher} (never starving the default dispatcher that runs the
 * actor and the TCP streams), and the actor switches to its {@code updating} behaviour: it answers each
 * {@link Query} at once with {@link Waiting} and stashes it, collects further {@link Update}s into one follow-up
 * update, and is told the outcome by a private {@code UpdateDone} message ({@code pipeToSelf}). Then it replies
 * to the update's waiters, answers the stashed queries on the new, complete generation ({@code unstashAll}),
 * and starts the coalesced follow-up if any. The Compilation is touched by one thread at a time: the update
 * thread while updating, the actor between updates; the future's completion and the message hand it over.
 *
 * <h2>Answers are cached per generation</h2>
 * Between two updates the Zcu does not change, so the answer to a line does not either: answers are kept in a
 * small bounded cache that every update clears, and 64 people asking {@code summary} at once cost one rendering.
 *
 * <h2>Bugs in analysis</h2>
 * An exception thrown by {@code update()} is logged and reported as an {@link UpdateResult} whose bundle holds one
 * internal-error message; the actor stays queryable and the next update runs as usual. An exception while
 * rendering a query answers that query with an internal-error line.
 */
public final class CompilerActor {

    /** What the actor understands. */
    public sealed interface Command {}

    /** Run one update (coalesced with others arriving while one runs) and reply with its result. */
    public record Update(ActorRef<UpdateResult> replyTo) implements Command {}

    /**
     * One REPL line. The reply is an {@link Answer}, preceded by {@link Waiting} when the query arrives during an
     * update.
     */
    public record Query(String line, ActorRef<Reply> replyTo) implements Command {}

    /** Stop the actor (after the update in progress, if any, has finished and its waiters have their replies). */
    public enum Exit implements Command { INSTANCE }

    /** The update finished: its result, or the bug it threw, and how long it ran. */
    private record UpdateDone(UpdateResult result, Throwable bug, long nanos) implements Command {}

    /** A reply to a {@link Query}. */
    public sealed interface Reply {}

    /** The query arrived during an update: it will be answered when the update is done. */
    public enum Waiting implements Reply {
        INSTANCE;

        /** The seed's notice. */
        public String text() {
            return ReplRenderer.WAITING;
        }
    }

    /** The answer to a query: the seed's text, ending with its newline (the prompt is not included). */
    public record Answer(String text) implements Reply {}

    /** How many queries can wait for an update before new ones are turned away (bounded memory). */
    static final int STASH_CAPACITY = 100_000;

    private final ActorContext<Command> context;
    private final Compilation compilation;
    private final Executor updateExecutor;
    private final StashBuffer<Command> stash;
    private final AnswerCache answers;
    private int lastGeneration = -1;
    private List<Path> lastInputs = List.of();

    private CompilerActor(ActorContext<Command> context, StashBuffer<Command> stash, Compilation compilation) {
        this.context = context;
        this.compilation = compilation;
        this.stash = stash;
        com.typesafe.config.Config config = context.getSystem().settings().config();
        this.answers = new AnswerCache(config.hasPath("zcu.debug.answer-cache-entries")
                ? config.getInt("zcu.debug.answer-cache-entries") : 4096);
        this.updateExecutor = context.getSystem().dispatchers()
                .lookup(DispatcherSelector.fromConfig("zcu-compiler-dispatcher"));
    }

    /** The actor owning {@code compilation}; nobody else may call it afterwards. */
    public static Behavior<Command> create(Compilation compilation) {
        return Behaviors.withStash(STASH_CAPACITY,
                stash -> Behaviors.setup(ctx -> new CompilerActor(ctx, stash, compilation).idle()));
    }

    private Behavior<Command> idle() {
        return Behaviors.receive(Command.class)
                .onMessage(Update.class, u -> startUpdate(List.of(u.replyTo())))
                .onMessage(Query.class, this::answer)
                .onMessageEquals(Exit.INSTANCE, Behaviors::stopped)
                .build();
    }

    /**
     * While an update runs: queries hear {@link Waiting} and wait in the stash; updates are coalesced into
     * {@code next}; an exit is remembered.
     */
    private Behavior<Command> updating(List<ActorRef<UpdateResult>> waiters, List<ActorRef<UpdateResult>> next,
                                       boolean exitRequested) {
        return Behaviors.receive(Command.class)
                .onMessage(Query.class, q -> {
                    if (stash.isFull()) {
                        q.replyTo().tell(new Answer("error: too many queries waiting for the update; try again\n"));
                        return Behaviors.same();
                    }
                    q.replyTo().tell(Waiting.INSTANCE);
                    stash.stash(q);
                    return Behaviors.same();
                })
                .onMessage(Update.class, u -> {
                    next.add(u.replyTo());
                    return Behaviors.same();
                })
                .onMessageEquals(Exit.INSTANCE, () -> updating(waiters, next, true))
                .onMessage(UpdateDone.class, done -> finishUpdate(
                        done.result() != null ? done.result() : internalError(done.bug(), done.nanos()),
                        waiters, next, exitRequested))
                .build();
    }

    private Behavior<Command> startUpdate(List<ActorRef<UpdateResult>> waiters) {
        answers.clear();
        CompletableFuture<UpdateDone> running = CompletableFuture.supplyAsync(this::runUpdate, updateExecutor);
        context.pipeToSelf(running, (done, failure) -> done != null ? done : new UpdateDone(null, failure, 0L));
        return updating(List.copyOf(waiters), new ArrayList<>(), false);
    }

    /** Runs on the compiler dispatcher: only calls the Compilation, never throws, never touches the context. */
    private UpdateDone runUpdate() {
        long start = System.nanoTime();
        try {
            return new UpdateDone(compilation.update(), null, 0L);
        } catch (Throwable bug) {
            return new UpdateDone(null, bug, System.nanoTime() - start);
        }
    }

    /** Answers by line, valid for the current generation only; bounded in entries and in characters. */
    private static final class AnswerCache extends java.util.LinkedHashMap<String, String> {
        private static final int MAX_ANSWER_CHARS = 64 * 1024;
        private static final long MAX_TOTAL_CHARS = 16L * 1024 * 1024;
        private final int maxEntries;
        private long totalChars;

        AnswerCache(int maxEntries) {
            super(256, 0.75f, true);
            this.maxEntries = maxEntries;
        }

        @Override
        public String put(String line, String answer) {
            if (maxEntries <= 0 || answer.length() > MAX_ANSWER_CHARS
                    || totalChars + answer.length() > MAX_TOTAL_CHARS) {
                return null;
            }
            totalChars += answer.length() + line.length();
            return super.put(line, answer);
        }

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
            if (size() <= maxEntries) return false;
            totalChars -= eldest.getKey().length() + eldest.getValue().length();
            return true;
        }

        @Override
        public void clear() {
            super.clear();
            totalChars = 0;
        }
    }

    /** On the actor: an update that threw becomes a result with one internal-error message, and a log entry. */
    private UpdateResult internalError(Throwable bug, long nanos) {
        StringWriter trace = new StringWriter();
        bug.printStackTrace(new PrintWriter(trace));
        context.getLog().error("internal compiler error during update {}: {}\n{}", lastGeneration + 1, bug, trace);
        ErrorBundle bundle = new ErrorBundle(List.of(ErrorBundle.ErrorMessage.of(
                "internal compiler error: " + bug, null)), "");
        return new UpdateResult(lastGeneration + 1, bundle, new UpdateStats(0, 0, 0, 0, nanos), lastInputs);
    }

    private Behavior<Command> finishUpdate(UpdateResult result, List<ActorRef<UpdateResult>> waiters,
                                           List<ActorRef<UpdateResult>> next, boolean exitRequested) {
        answers.clear();
        lastGeneration = result.generation();
        lastInputs = result.fileSystemInputs();
        for (ActorRef<UpdateResult> w : waiters) w.tell(result);
        Behavior<Command> afterQueries = stash.unstashAll(idle());
        if (exitRequested) return Behaviors.stopped();
        if (!next.isEmpty()) return startUpdate(next);
        return afterQueries;
    }

    private Behavior<Command> answer(Query query) {
        String text = answers.get(query.line());
        if (text != null) {
            query.replyTo().tell(new Answer(text));
            return Behaviors.same();
        }
        try {
            text = ReplRenderer.respond(compilation.debugView(), query.line());
            answers.put(query.line(), text);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            context.getLog().error("internal error answering '{}'", query.line(), e);
            text = ReplRenderer.internalError(e);
        }
        query.replyTo().tell(new Answer(text));
        return Behaviors.same();
    }
}
