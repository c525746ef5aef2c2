package dev.zcu.server;

import dev.zcu.debug.ReplCommand;
import dev.zcu.debug.ReplRenderer;
import dev.zcu.server.TelnetLineDecoder.Event;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import org.apache.pekko.actor.Terminated;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.stream.Attributes;
import org.apache.pekko.stream.FlowShape;
import org.apache.pekko.stream.Inlet;
import org.apache.pekko.stream.Outlet;
import org.apache.pekko.stream.stage.AbstractInHandler;
import org.apache.pekko.stream.stage.AbstractOutHandler;
import org.apache.pekko.stream.stage.GraphStage;
import org.apache.pekko.stream.stage.GraphStageLogic;
import org.apache.pekko.stream.stage.TimerGraphStageLogic;
import org.apache.pekko.util.ByteString;
import scala.Tuple2;
import scala.runtime.BoxedUnit;

/**
 * One debug REPL conversation as a stream stage (bytes in, bytes out), used by {@link DebugReplServer} for
 * every TCP connection: writes the prompt, decodes lines ({@link TelnetLineDecoder}), sends each line to the
 * {@link CompilerActor} as a {@link CompilerActor.Query} whose reply-to is this stage's own actor, and writes
 * the waiting notice and the answer followed by the prompt. One query per connection is in flight at a time,
 * so answers come in the order of the lines; input is read only when the previous answers have been taken by
 * the socket, so a client that does not read stops being read (TCP back-pressure, bounded memory).
 * {@code quit}, end of input (after the pending lines are answered), an idle period or the compiler stopping
 * closes the connection. Holds no compiler state.
 */
final class ReplConnectionStage extends GraphStage<FlowShape<ByteString, ByteString>> {

    /** Output chunks queued before input stops being processed. */
    private static final int MAX_PENDING_WRITES = 4;
    private static final ByteString PROMPT = ByteString.fromString(ReplRenderer.PROMPT, StandardCharsets.UTF_8);
    private static final ByteString WAITING = ByteString.fromString(ReplRenderer.WAITING, StandardCharsets.UTF_8);

    private final Inlet<ByteString> in = Inlet.create("ReplConnection.in");
    private final Outlet<ByteString> out = Outlet.create("ReplConnection.out");
    private final FlowShape<ByteString, ByteString> shape = FlowShape.of(in, out);
    private final ActorRef<CompilerActor.Command> compiler;
    private final int maxLineBytes;
    private final Duration idleTimeout;

    ReplConnectionStage(ActorRef<CompilerActor.Command> compiler, int maxLineBytes, Duration idleTimeout) {
        this.compiler = compiler;
        this.maxLineBytes = maxLineBytes;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public FlowShape<ByteString, ByteString> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new Logic();
    }

    private final class Logic extends TimerGraphStageLogic {
        private final TelnetLineDecoder decoder = new TelnetLineDecoder(maxLineBytes);
        private final ArrayDeque<Event> events = new ArrayDeque<>();
        private final ArrayDeque<ByteString> writes = new ArrayDeque<>();
        private ActorRef<CompilerActor.Reply> self;
        private boolean awaiting;
        private boolean inputDone;
        private boolean closing;
        private long lastActivity = System.nanoTime();

        Logic() {
            super(shape);
            setHandler(in, new AbstractInHandler() {
                @Override
                public void onPush() {
                    ByteString chunk = grab(in);
                    lastActivity = System.nanoTime();
                    events.addAll(decoder.feed(chunk.toArrayUnsafe()));
                    process();
                }

                @Override
                public void onUpstreamFinish() {
                    inputDone = true;
                    process();
                }
            });
            setHandler(out, new AbstractOutHandler() {
                @Override
                public void onPull() {
                    ByteString next = writes.poll();
                    if (next != null) {
                        lastActivity = System.nanoTime();
                        push(out, next);
                    }
                    process();
                }
            });
        }

        @Override
        public void preStart() {
            StageActor stageActor = getStageActor(this::onReply);
            self = Adapter.toTyped(stageActor.ref());
            stageActor.watch(Adapter.toClassic(compiler));
            Duration tick = idleTimeout.dividedBy(10);
            if (tick.compareTo(Duration.ofMillis(10)) < 0) tick = Duration.ofMillis(10);
            if (tick.compareTo(Duration.ofSeconds(5)) > 0) tick = Duration.ofSeconds(5);
            scheduleWithFixedDelay("idle", tick, tick);
            write(PROMPT);
            pull(in);
        }

        private BoxedUnit onReply(Tuple2<org.apache.pekko.actor.ActorRef, Object> message) {
            Object reply = message._2();
            if (reply instanceof CompilerActor.Answer answer) {
                awaiting = false;
                write(ByteString.fromString(answer.text() + ReplRenderer.PROMPT, StandardCharsets.UTF_8));
                process();
            } else if (reply == CompilerActor.Waiting.INSTANCE) {
                write(WAITING);
            } else if (reply instanceof Terminated) {
                closeWith(ReplRenderer.COMPILER_STOPPED);
            }
            return BoxedUnit.UNIT;
        }

        @Override
        public void onTimer(Object key) {
            if (closing || awaiting) return; // waiting for the compiler is not idling
            if (System.nanoTime() - lastActivity < idleTimeout.toNanos()) return;
            if (!writes.isEmpty()) {
                completeStage(); // the client has not read for a whole idle period: drop it
                return;
            }
            closeWith(ReplRenderer.idleTimeout(idleTimeout));
        }

        /** Handles decoded events until a query is in flight or enough output is queued, then reads more input. */
        private void process() {
            while (!awaiting && !closing && writes.size() < MAX_PENDING_WRITES && !events.isEmpty()) {
                handle(events.poll());
            }
            if (closing) {
                if (writes.isEmpty()) completeStage();
                return;
            }
            if (awaiting || !events.isEmpty() || !writes.isEmpty()) return;
            if (inputDone) {
                completeStage();
            } else if (!hasBeenPulled(in) && !isClosed(in)) {
                pull(in);
            }
        }

        private void handle(Event event) {
            if (event instanceof TelnetLineDecoder.Line line) {
                if (ReplCommand.parse(line.text()) == ReplCommand.Quit.INSTANCE) {
                    closeWith(ReplRenderer.BYE);
                    return;
                }
                awaiting = true;
                compiler.tell(new CompilerActor.Query(line.text(), self));
            } else if (event instanceof TelnetLineDecoder.TelnetReply reply) {
                write(ByteString.fromArray(reply.bytes()));
            } else if (event == TelnetLineDecoder.LineTooLong.INSTANCE) {
                write(ByteString.fromString(ReplRenderer.lineTooLong(maxLineBytes) + ReplRenderer.PROMPT,
                        StandardCharsets.UTF_8));
            } else if (event == TelnetLineDecoder.NotUtf8.INSTANCE) {
                write(ByteString.fromString(ReplRenderer.invalidUtf8() + ReplRenderer.PROMPT, StandardCharsets.UTF_8));
            }
        }

        private void closeWith(String text) {
            closing = true;
            events.clear();
            if (!isClosed(in)) cancel(in);
            write(ByteString.fromString(text, StandardCharsets.UTF_8));
            if (writes.isEmpty()) completeStage();
        }

        private void write(ByteString bytes) {
            if (writes.isEmpty() && isAvailable(out)) {
                lastActivity = System.nanoTime();
                push(out, bytes);
            } else {
                writes.add(bytes);
            }
        }
    }
}
