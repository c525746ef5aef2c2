package dev.zcu.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.zcu.compile.Compilation;
import dev.zcu.compile.UpdateResult;
import dev.zcu.server.BuildServerBackends;
import dev.zcu.server.BuildServerSession;
import dev.zcu.server.BuildServerStdio;
import dev.zcu.server.BuildServerTcp;
import dev.zcu.server.CompilerActor;
import dev.zcu.server.DebugReplServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code zcu build-obj ROOT.zig -fno-emit-bin [flags]}: analyse a Zig program like {@code zig build-obj}.
 * Without {@code --listen} it runs one update and prints the errors as zig does (plain
 * {@code path:line:col: error: msg} lines on a pipe; colours, source lines, carets and reference traces on a
 * terminal or with {@code --color on}) and exits 1 when there are errors. With {@code --listen=-} or
 * {@code --listen HOST:PORT} it is a compiler server speaking Zig's protocol (package {@code server}).
 */
@Command(name = "build-obj", sortOptions = false,
        description = "Analyse a Zig program like zig build-obj -fno-emit-bin.",
        footer = {"",
                "Accepted and ignored (zig flags without meaning for zcu): --cache-dir, --global-cache-dir, -O, "
                        + "-target, -mcpu, --name, -fstrip, -freference-trace, -fsingle-threaded.",
                "Without --listen: one update, errors on stderr as zig prints them; exit status 1 with errors.",
                "With --listen: Zig's compiler protocol; exit status 0 after 'exit', 1 on malformed input."})
public final class BuildObjCommand implements Callable<Integer> {

    @Mixin
    BuildFlags flags = new BuildFlags();

    @Option(names = "--listen", paramLabel = "-|HOST:PORT",
            description = "Serve Zig's compiler protocol on stdin/stdout (-) or on a TCP address.")
    String listen;

    /** Arguments picocli did not recognise; zig calls them unrecognized parameters. */
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<String> fatal = flags.validate(unmatched, true);
        if (fatal.isPresent()) {
            return Fatal.print(fatal.get());
        }
        Optional<Listen> address = Optional.empty();
        if (listen != null) {
            Optional<Listen> parsed = Listen.parse(listen);
            if (parsed.isEmpty()) {
                return Fatal.print("invalid --listen address: '" + listen + "' (expected - or HOST:PORT)");
            }
            address = parsed;
        }
        Config config = ConfigFactory.load();
        Compilations.Result created = Compilations.create(flags.compilationOptions());
        if (created.compilation().isEmpty()) {
            return Fatal.print(created.error());
        }
        Compilation compilation = created.compilation().get();
        if (address.isEmpty()) {
            if (flags.debugIncremental) {
                System.err.println("warning: the debug REPL is served with --listen only; --debug-incremental has"
                        + " no effect for a single update");
            }
            return updateOnce(compilation);
        }
        // stdout belongs to the protocol from here on: stray prints go to stderr.
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        System.setOut(System.err);
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "zcu", config);
        try {
            ActorRef<CompilerActor.Command> compiler =
                    system.systemActorOf(CompilerActor.create(compilation), "compiler", Props.empty());
            if (flags.debugIncremental) {
                Optional<String> failed = startDebugRepl(system, compiler, config);
                if (failed.isPresent()) {
                    return Fatal.print(failed.get());
                }
            }
            BuildServerSession session = new BuildServerSession(
                    BuildServerBackends.actor(system, compiler, config.getDuration("zcu.protocol.update-timeout")),
                    new BuildServerSession.Settings(config.getString("zcu.protocol.zig-version"),
                            Path.of("").toAbsolutePath(), flags.zigLibDir,
                            flags.root.toAbsolutePath() + " incremental=" + flags.isIncremental()));
            long max = config.getBytes("zcu.protocol.max-message-bytes");
            Listen where = address.get();
            int status;
            if (where.stdio()) {
                status = BuildServerStdio.serve(session, new FileInputStream(FileDescriptor.in), protocolOut,
                        System.err, max);
            } else {
                BuildServerTcp server = new BuildServerTcp(system, session, System.err,
                        (int) Math.min(max, Integer.MAX_VALUE - 16));
                InetSocketAddress bound;
                try {
                    bound = server.bind(where.host(), where.port()).toCompletableFuture().join();
                } catch (Exception e) {
                    return Fatal.print("unable to listen on " + where.host() + ":" + where.port() + ": "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                }
                System.err.println("zcu: compiler protocol listening on " + bound.getHostString() + ":"
                        + bound.getPort());
                status = server.exitStatus().toCompletableFuture().join();
            }
            compiler.tell(CompilerActor.Exit.INSTANCE);
            return status;
        } finally {
            system.terminate();
            try {
                system.getWhenTerminated().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the process ends anyway
            }
        }
    }

    /**
     * {@code --debug-incremental}: binds the debug REPL on {@code zcu.debug} (or {@code --debug-host},
     * {@code --debug-port}) and says how to connect, as the seed does; empty on success, else the fatal error.
     */
    private Optional<String> startDebugRepl(ActorSystem<?> system, ActorRef<CompilerActor.Command> compiler,
                                            Config config) {
        DebugReplServer.Settings settings;
        try {
            settings = DebugReplServer.Settings.fromConfig(config)
                    .withOverrides(Optional.ofNullable(flags.debugHost), Optional.ofNullable(flags.debugPort));
        } catch (IllegalArgumentException e) {
            return Optional.of("invalid debug REPL settings: " + e.getMessage());
        }
        try {
            InetSocketAddress bound = DebugReplServer.bind(system, compiler, settings).toCompletableFuture().join()
                    .localAddress();
            String host = bound.getAddress().getHostAddress().contains(":")
                    ? displayHost(settings.host(), bound) : bound.getHostString();
            System.err.println("spawning incremental debug server on port " + bound.getPort());
            System.err.println("zcu: debug REPL: telnet " + host + " " + bound.getPort());
            return Optional.empty();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Optional.of("failed to spawn incremental debug server on " + settings.host() + ":" + settings.port()
                    + ": " + cause.getMessage());
        }
    }

    /** The host as the user wrote it when it is an IPv6 literal ({@code ::1}), else the bound address. */
    private static String displayHost(String configured, InetSocketAddress bound) {
        return configured.contains(":") ? configured : bound.getAddress().getHostAddress();
    }

    /** One update, errors rendered as zig build-obj renders them; status 1 with errors. */
    private int updateOnce(Compilation compilation) {
        UpdateResult result = compilation.update();
        if (result.errors() == null || result.errors().isEmpty()) {
            return 0;
        }
        TtyConfig tty = TtyConfig.forStderr(flags.color);
        System.err.print(new ErrorRenderer(ErrorRenderer.Options.forCli(tty)).render(result.errors()));
        System.err.flush();
        return 1;
    }

    /** A {@code --listen} argument: {@code -} or {@code HOST:PORT} (IPv6 hosts in brackets or bare). */
    record Listen(boolean stdio, String host, int port) {
        static Optional<Listen> parse(String arg) {
            if (arg.equals("-")) {
                return Optional.of(new Listen(true, "", 0));
            }
            int colon = arg.lastIndexOf(':');
            if (colon <= 0 || colon == arg.length() - 1) {
                return Optional.empty();
            }
            String host = arg.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                int port = Integer.parseInt(arg.substring(colon + 1));
                return port < 0 || port > 65535 ? Optional.empty() : Optional.of(new Listen(false, host, port));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
