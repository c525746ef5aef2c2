package dev.zcu.bench;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.UpdateResult;
import dev.zcu.server.ChurningCompilation;
import dev.zcu.server.CompilerActor;
import dev.zcu.server.DebugReplServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.stream.javadsl.Tcp;

/**
 * Load test of the debug REPL (not run by Surefire): one in-process server (CompilerActor + DebugReplServer on
 * loopback, port chosen by the OS) and {@code clients} connections driven by one NIO selector thread, each
 * asking {@code summary}, {@code find_nav main.f1} and {@code unit_dependencies nav_val N} in turn, one query in
 * flight per connection, measuring each query from the write to the next prompt. Runs once without updates
 * and once with updates back to back. Prints throughput and p50/p99/max latency.
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.zcu.bench.ReplLoadBenchmark [clients] [seconds] [real]
 * </pre>
 */
public final class ReplLoadBenchmark {

    private static final String[] FAKE_QUERIES = {"summary\n", "find_nav main.f1\n", "unit_dependencies nav_val 5\n"};
    private static final String[] REAL_QUERIES = {"summary\n", "find_nav main.total\n", "unit_dependencies nav_val 3\n"};
    private static String[] QUERIES = FAKE_QUERIES;
    /** Each update spins this long (like analysis), then the driver pauses this long before the next one. */
    static final int UPDATE_WORK_MS = 20;
    static final int UPDATE_PAUSE_MS = 30;
    private static final byte[] PROMPT = "zig> ".getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean real = args.length > 2 && args[2].equals("real");
        Compilation compilation;
        if (real) {
            compilation = realFrontEnd();
            QUERIES = REAL_QUERIES;
        } else {
            ChurningCompilation fake = new ChurningCompilation(40, 60);
            fake.simulateWork(Duration.ofMillis(UPDATE_WORK_MS));
            compilation = fake;
        }
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "repl-load");
        try {
            ActorRef<CompilerActor.Command> actor = system.systemActorOf(CompilerActor.create(compilation),
                    "compiler", org.apache.pekko.actor.typed.Props.empty());
            DebugReplServer.Settings settings = DebugReplServer.Settings.fromConfig(system.settings().config())
                    .withPort(0).withMaxConnections(Math.max(clients, 64));
            Tcp.ServerBinding binding = DebugReplServer.bind(system, actor, settings).toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) update(system, actor);
            System.out.printf("zcu debug REPL load: %d clients, %d s per run, %s, queries %s, answer cache %s, %s%n",
                    clients, seconds, real ? "real front end on examples/inventory (updates edit shapes.zig)"
                            : "ChurningCompilation (updates: " + UPDATE_WORK_MS + " ms work, " + UPDATE_PAUSE_MS
                            + " ms pause)", String.join("|", QUERIES).replace("\n", ""),
                    system.settings().config().getInt("zcu.debug.answer-cache-entries") > 0 ? "on" : "off",
                    binding.localAddress());
            run("warm-up", binding.localAddress(), clients, Math.max(2, seconds / 3), null, null);
            run("no updates", binding.localAddress(), clients, seconds, null, null);
            run("updates back to back", binding.localAddress(), clients, seconds, system, actor);
            binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    private static UpdateResult update(ActorSystem<Void> system, ActorRef<CompilerActor.Command> actor)
            throws Exception {
        CompletionStage<UpdateResult> r = AskPattern.ask(actor, CompilerActor.Update::new, Duration.ofSeconds(60),
                system.scheduler());
        return r.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /** One connection's state in the selector loop. */
    private static final class Conn {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        int matched; // how many bytes of the prompt the input currently ends with
        int next;
        long sentAt;
        boolean greeted;

        Conn(SocketChannel channel, int first) {
            this.channel = channel;
            this.next = first;
        }
    }

    private static void run(String label, InetSocketAddress address, int clients, int seconds,
                            ActorSystem<Void> system, ActorRef<CompilerActor.Command> actor) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger updates = new AtomicInteger();
        Thread updater = null;
        if (actor != null) {
            updater = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        if (editTarget != null) toggleEdit();
                        update(system, actor);
                        updates.incrementAndGet();
                        Thread.sleep(UPDATE_PAUSE_MS);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "updater");
            updater.start();
        }
        long[] latencies = new long[1 << 22];
        int count = 0;
        int waitingNotices = 0;
        try (Selector selector = Selector.open()) {
            Conn[] conns = new Conn[clients];
            for (int i = 0; i < clients; i++) {
                SocketChannel ch = SocketChannel.open(address);
                ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                ch.configureBlocking(false);
                conns[i] = new Conn(ch, i % QUERIES.length);
                ch.register(selector, SelectionKey.OP_READ, conns[i]);
            }
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long cpuStart = processCpuNanos();
            long clientCpuStart = THREADS.getCurrentThreadCpuTime();
            byte[][] queries = Arrays.stream(QUERIES).map(q -> q.getBytes(StandardCharsets.US_ASCII))
                    .toArray(byte[][]::new);
            while (System.nanoTime() < end) {
                if (selector.select(100) == 0) continue;
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    Conn c = (Conn) key.attachment();
                    c.in.clear();
                    int n = c.channel.read(c.in);
                    if (n < 0) throw new IOException("server closed a connection");
                    boolean prompt = false;
                    for (int i = 0; i < n; i++) {
                        byte b = c.in.get(i);
                        if (b == 'w' && c.matched == 0 && i + 7 <= n && c.in.get(i + 1) == 'a'
                                && c.in.get(i + 6) == 'g') {
                            waitingNotices++;
                        }
                        c.matched = b == PROMPT[c.matched] ? c.matched + 1 : (b == PROMPT[0] ? 1 : 0);
                        if (c.matched == PROMPT.length) {
                            c.matched = 0;
                            prompt = true;
                        }
                    }
                    if (!prompt) continue;
                    long now = System.nanoTime();
                    if (c.greeted && count < latencies.length) latencies[count++] = now - c.sentAt;
                    c.greeted = true;
                    c.sentAt = now;
                    c.channel.write(ByteBuffer.wrap(queries[c.next]));
                    c.next = (c.next + 1) % queries.length;
                }
            }
            long elapsed = System.nanoTime() - start;
            long serverCpu = processCpuNanos() - cpuStart - (THREADS.getCurrentThreadCpuTime() - clientCpuStart);
            for (Conn c : conns) c.channel.close();
            stop.set(true);
            if (updater != null) updater.join(60_000);
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            System.out.printf("%-22s %9d queries  %8.0f queries/s  p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms"
                            + "  server CPU %5.1f us/query  load %4.1f%s%n", label, count, count / (elapsed / 1e9),
                    pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    count == 0 ? 0 : serverCpu / 1e3 / count,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    actor == null ? "" : String.format("  (%d updates, %d waiting notices)", updates.get(),
                            waitingNotices));
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the whole JVM (server, updater and client threads). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Path editTarget;
    private static boolean edited;

    /** The front end's Compilation on a temporary copy of examples/inventory (by reflection: it may not exist). */
    private static Compilation realFrontEnd() throws Exception {
        Path dir = Files.createTempDirectory("zcu-repl-load");
        try (var files = Files.list(Path.of("examples", "inventory"))) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, dir.resolve(f.getFileName()));
        }
        editTarget = dir.resolve("shapes.zig");
        return (Compilation) Compilation.class.getMethod("create", CompilationOptions.class)
                .invoke(null, new CompilationOptions(dir.resolve("main.zig"), null, true, true));
    }

    /** Adds or removes a field of shapes.Shape, so each update recreates a type and re-analyses its users. */
    private static void toggleEdit() {
        try {
            String text = Files.readString(editTarget);
            text = edited ? text.replace("    label: u8 = 0,\n", "") : text.replace("    size: u32,\n",
                    "    size: u32,\n    label: u8 = 0,\n");
            Files.writeString(editTarget, text);
            edited = !edited;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

}
