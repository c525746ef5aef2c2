package dev.zcu.server;

import dev.zcu.protocol.Frame;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.javadsl.Flow;
import org.apache.pekko.stream.javadsl.Framing;
import org.apache.pekko.stream.javadsl.Source;
import org.apache.pekko.stream.javadsl.Tcp;
import org.apache.pekko.util.ByteString;

/**
 * {@code --listen=HOST:PORT}: serves a {@link BuildServerSession} over TCP with Pekko Streams. Zig's framing
 * maps onto {@link Framing#lengthField}: a u32 little-endian length at offset 4, the frame being the 8-byte
 * header plus that length. Like zig, the server takes one build driver: the first connection's {@code exit}
 * (or its clean close) ends the server with status 0; a framing error (a body over the maximum, a truncated
 * frame at the end of the stream) is reported on stderr and ends it with status 1.
 */
public final class BuildServerTcp {

    private final ActorSystem<?> system;
    private final BuildServerSession session;
    private final PrintStream err;
    private final int maxMessageBytes;
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
    private final AtomicBoolean connected = new AtomicBoolean();

    public BuildServerTcp(ActorSystem<?> system, BuildServerSession session, PrintStream err, int maxMessageBytes) {
        this.system = system;
        this.session = session;
        this.err = err;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Binds; completes with the bound address (port 0 picks a free port). */
    public CompletionStage<InetSocketAddress> bind(String host, int port) {
        return Tcp.get(system).bind(host, port)
                .to(org.apache.pekko.stream.javadsl.Sink.foreach(connection -> {
                    if (connected.compareAndSet(false, true)) {
                        connection.handleWith(connectionFlow(), system);
                    } else {
                        err.println("error: a build driver is already connected; refusing "
                                + connection.remoteAddress());
                        connection.handleWith(Flow.<ByteString>create().take(0), system);
                    }
                }))
                .run(system)
                .thenApply(Tcp.ServerBinding::localAddress);
    }

    /** Completes with the exit status when the session ends. */
    public CompletionStage<Integer> exitStatus() {
        return exitStatus;
    }

    private Flow<ByteString, ByteString, NotUsed> connectionFlow() {
        return Framing.lengthField(4, 4, maxMessageBytes + Frame.HEADER_BYTES, ByteOrder.LITTLE_ENDIAN,
                        (offsetBytes, bodyLength) -> bodyLength + Frame.HEADER_BYTES)
                .map(BuildServerTcp::toFrame)
                .mapAsync(1, session::handle)
                .takeWhile(outcome -> !(outcome instanceof BuildServerSession.Outcome.Exit), true)
                .mapConcat(this::framesOf)
                .map(frame -> ByteString.fromArrayUnsafe(frame.toBytes()))
                .prepend(Source.single(ByteString.fromArrayUnsafe(session.hello().toBytes())))
                .watchTermination((notUsed, done) -> {
                    done.whenComplete((ok, failure) -> {
                        if (failure != null) {
                            err.println("error: malformed compiler-protocol input: " + failure.getMessage());
                            exitStatus.complete(1);
                        } else {
                            exitStatus.complete(0);
                        }
                    });
                    return NotUsed.getInstance();
                });
    }

    private List<Frame> framesOf(BuildServerSession.Outcome outcome) {
        if (outcome instanceof BuildServerSession.Outcome.Send send) {
            return send.frames();
        }
        if (outcome instanceof BuildServerSession.Outcome.Ignore ignore) {
            err.println("error: " + ignore.warning());
        }
        return List.of();
    }

    private static Frame toFrame(ByteString bytes) {
        byte[] all = bytes.toArray();
        int tag = (all[0] & 0xff) | (all[1] & 0xff) << 8 | (all[2] & 0xff) << 16 | (all[3] & 0xff) << 24;
        return new Frame(tag, java.util.Arrays.copyOfRange(all, Frame.HEADER_BYTES, all.length));
    }
}
