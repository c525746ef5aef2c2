package dev.zcu.server;

import com.typesafe.config.Config;
import dev.zcu.debug.ReplRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.javadsl.Flow;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.apache.pekko.stream.javadsl.Tcp;
import org.apache.pekko.util.ByteString;

/**
 * The incremental debug REPL server (the seed's {@code IncrementalDebugServer}, started by
 * {@code --debug-incremental}): binds a TCP address with Pekko Streams and gives every connection its own
 * conversation ({@link ReplConnectionStage}) with the {@link CompilerActor}, which alone reads the Zcu. Unlike
 * the seed it binds loopback by default, serves many clients at once, and refuses clients beyond a limit with
 * a message. Settings come from {@code zcu.debug} in {@code conf/application.conf}; {@code --debug-host} and
 * {@code --debug-port} override host and port.
 */
public final class DebugReplServer {

    private DebugReplServer() {}

    /**
     * The server's settings ({@code zcu.debug}).
     *
     * @param host           the address to bind ({@code ::1} by default: loopback only)
     * @param port           the port; 0 lets the OS choose (read it from the binding)
     * @param maxLineBytes   the longest accepted line; longer lines get an error and are ignored
     * @param maxConnections connections served at once; more are told so and closed
     * @param idleTimeout    a connection with no traffic for this long is closed
     * @param backlog        the listen backlog (many clients may connect at once)
     */
    public record Settings(String host, int port, int maxLineBytes, int maxConnections, Duration idleTimeout,
                           int backlog) {

        public Settings {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            if (maxLineBytes < 1) throw new IllegalArgumentException("max-line-bytes must be positive");
            if (maxConnections < 1) throw new IllegalArgumentException("max-connections must be positive");
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idle-timeout must be positive");
            }
        }

        /** Reads {@code zcu.debug} from a loaded configuration. */
        public static Settings fromConfig(Config config) {
            Config c = config.getConfig("zcu.debug");
            return new Settings(c.getString("host"), c.getInt("port"), c.getInt("max-line-bytes"),
                    c.getInt("max-connections"), c.getDuration("idle-timeout"),
                    c.hasPath("backlog") ? c.getInt("backlog") : 1024);
        }

        /** The settings with {@code --debug-host} and {@code --debug-port} applied when given. */
        public Settings withOverrides(Optional<String> host, Optional<Integer> port) {
            return new Settings(host.orElse(this.host), port.orElse(this.port), maxLineBytes, maxConnections,
                    idleTimeout, backlog);
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, port, maxLineBytes, maxConnections, idleTimeout, backlog);
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, maxLineBytes, maxConnections, idleTimeout, backlog);
        }

        public Settings withMaxLineBytes(int bytes) {
            return new Settings(host, port, bytes, maxConnections, idleTimeout, backlog);
        }

        public Settings withMaxConnections(int connections) {
            return new Settings(host, port, maxLineBytes, connections, idleTimeout, backlog);
        }

        public Settings withIdleTimeout(Duration idle) {
            return new Settings(host, port, maxLineBytes, maxConnections, idle, backlog);
        }
    }

    /** Binds with the settings of {@code system}'s configuration. */
    public static CompletionStage<Tcp.ServerBinding> bind(ActorSystem<?> system,
                                                          ActorRef<CompilerActor.Command> compiler) {
        return bind(system, compiler, Settings.fromConfig(system.settings().config()));
    }

    /**
     * Binds the REPL and serves every connection until the binding is unbound or the system terminates. The
     * stage completes with the binding (its {@code localAddress} tells the port when 0 was asked) or fails when
     * the address cannot be bound.
     */
    public static CompletionStage<Tcp.ServerBinding> bind(ActorSystem<?> system,
                                                          ActorRef<CompilerActor.Command> compiler,
                                                          Settings settings) {
        AtomicInteger open = new AtomicInteger();
        ByteString refusal = ByteString.fromString(ReplRenderer.tooManyConnections(settings.maxConnections()),
                StandardCharsets.UTF_8);
        Flow<ByteString, ByteString, NotUsed> refuse =
                Flow.fromSinkAndSourceCoupled(Sink.ignore(), Source.single(refusal));
        return Tcp.get(system)
                .bind(settings.host(), settings.port(), settings.backlog(), List.of(), true, Optional.empty())
                .to(Sink.foreach(connection -> {
                    if (open.incrementAndGet() > settings.maxConnections()) {
                        open.decrementAndGet();
                        connection.handleWith(refuse, system);
                        return;
                    }
                    connection.handleWith(connectionFlow(compiler, settings)
                            .watchTermination((notUsed, done) -> done.whenComplete((d, e) -> open.decrementAndGet())),
                            system);
                }))
                .run(system);
    }

    /** The conversation of one connection: bytes from the client in, bytes to it out. */
    public static Flow<ByteString, ByteString, NotUsed> connectionFlow(ActorRef<CompilerActor.Command> compiler,
                                                                       Settings settings) {
        return Flow.fromGraph(new ReplConnectionStage(compiler, settings.maxLineBytes(), settings.idleTimeout()));
    }
}
