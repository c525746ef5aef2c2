package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.compile.UpdateResult;
import dev.zcu.debug.ReplRenderer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.stream.javadsl.Tcp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The debug REPL over real loopback sockets (ports chosen by the OS), against {@link ChurningCompilation}. */
class DebugReplServerTest {

    static final ActorTestKit testKit = ActorTestKit.create();
    static final DebugReplServer.Settings DEFAULTS =
            DebugReplServer.Settings.fromConfig(testKit.system().settings().config()).withPort(0);

    @AfterAll
    static void cleanup() {
        testKit.shutdownTestKit();
    }

    /** A running server over a fresh ChurningCompilation that has done {@code updates} updates. */
    record Server(ChurningCompilation compilation, ActorRef<CompilerActor.Command> actor, Tcp.ServerBinding binding)
            implements AutoCloseable {
        InetSocketAddress address() {
            return binding.localAddress();
        }

        void update(int times) {
            TestProbe<UpdateResult> probe = testKit.createTestProbe();
            for (int i = 0; i < times; i++) {
                actor.tell(new CompilerActor.Update(probe.ref()));
                probe.receiveMessage(Duration.ofSeconds(20));
            }
        }

        @Override
        public void close() throws Exception {
            binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
            testKit.stop(actor);
        }
    }

    static Server start(DebugReplServer.Settings settings, int types, int navs, int updates) throws Exception {
        ChurningCompilation c = new ChurningCompilation(types, navs);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        Tcp.ServerBinding binding = DebugReplServer.bind(testKit.system(), actor, settings)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        Server s = new Server(c, actor, binding);
        s.update(updates);
        return s;
    }

    /** A deterministic twin of the server's compilation, to compute expected answers in the test thread. */
    static ChurningCompilation twin(int types, int navs, int updates) {
        ChurningCompilation t = new ChurningCompilation(types, navs);
        for (int i = 0; i < updates; i++) t.update();
        return t;
    }

    @Test
    void everyCommandAnswersOverTheSocketExactlyAsTheRenderer() throws Exception {
        try (Server s = start(DEFAULTS, 3, 4, 2); ReplClient c = ReplClient.open(s.address())) {
            ChurningCompilation expected = twin(3, 4, 2);
            String[] lines = {"help", "summary", "nav_info 0", "nav_info 5", "nav_info 999", "nav_info x",
                    "find_type main", "find_type ^main.S1$", "find_type", "find_nav f1", "find_nav ^main.f",
                    "find_nav 3$", "unit_info nav_val 4", "unit_info nav_val 7", "unit_info nav_val 6",
                    "unit_info type 103", "unit_info nav_val 99", "unit_info bogus 1", "unit_dependencies nav_val 5",
                    "unit_dependencies type 103", "unit_trace nav_val 7", "unit_trace nav_val 0",
                    "unit_trace memoized_state main", "type_info 101", "type_info 1", "type_info -1",
                    "type_namespace 103", "type_namespace 100", "type_namespace z", "", "  \t summary \r",
                    "frobnicate now", "find_nav  f"};
            for (String line : lines) {
                assertEquals(ReplRenderer.respond(expected, line), c.ask(line), line);
            }
            c.send("quit");
            assertEquals("bye\n", c.readToEnd());
        }
    }

    @Test
    void endOfInputClosesAfterThePendingLinesAreAnswered() throws Exception {
        try (Server s = start(DEFAULTS, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            String summary = ReplRenderer.respond(twin(2, 2, 1), "summary");
            c.sendRaw("summary\nsummary\nsumm".getBytes(StandardCharsets.US_ASCII));
            c.socket.shutdownOutput();
            assertEquals(summary + "zig> " + summary + "zig> ", c.readToEnd());
        }
    }

    @Test
    void anOverLongLineGetsAnErrorAndTheConnectionStaysUsable() throws Exception {
        var settings = DEFAULTS.withMaxLineBytes(100);
        try (Server s = start(settings, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            String summary = ReplRenderer.respond(twin(2, 2, 1), "summary");
            assertEquals(ReplRenderer.lineTooLong(100), c.ask("x".repeat(100_000)));
            assertEquals(summary, c.ask("summary"));
            // exactly at the limit is accepted (a CR before the LF does not count)
            c.sendRaw(("find_nav " + "y".repeat(91) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertEquals("Found 0 results\n\n", c.readUntilPrompt());
            assertEquals(ReplRenderer.lineTooLong(100), c.ask("find_nav " + "y".repeat(92)));
            assertEquals(summary, c.ask("summary"));
        }
    }

    @Test
    void invalidUtf8GetsAnErrorLine() throws Exception {
        try (Server s = start(DEFAULTS, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            c.sendRaw(new byte[] {'f', 'i', 'n', 'd', '_', 'n', 'a', 'v', ' ', (byte) 0xc3, '(', '\n'});
            assertEquals(ReplRenderer.invalidUtf8(), c.readUntilPrompt());
            assertEquals("Found 0 results\n\n", c.ask("find_nav \u00e9\u00e8"));
        }
    }

    @Test
    void telnetNegotiationIsStrippedAndTimingMarkIsAnswered() throws Exception {
        try (Server s = start(DEFAULTS, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            String summary = ReplRenderer.respond(twin(2, 2, 1), "summary");
            byte[] negotiation = {(byte) 255, (byte) 251, 31, (byte) 255, (byte) 250, 31, 0, 80, 0, 24,
                    (byte) 255, (byte) 240, 's', 'u', 'm', (byte) 255, (byte) 241, 'm', 'a', 'r', 'y', '\r', 0, '\r',
                    '\n'};
            c.sendRaw(negotiation);
            assertEquals(summary, c.readUntilPrompt());
            // Ctrl-C in telnet: IAC IP IAC DO TIMING-MARK; the partial line before it is dropped
            c.sendRaw(new byte[] {'h', 'e', (byte) 255, (byte) 244, (byte) 255, (byte) 253, 6});
            assertArrayEquals(new byte[] {(byte) 255, (byte) 252, 6}, c.readN(3));
            assertEquals(summary, c.ask("summary"));
        }
    }

    @Test
    void theConnectionLimitRefusesExtraClientsWithAMessage() throws Exception {
        var settings = DEFAULTS.withMaxConnections(3);
        try (Server s = start(settings, 2, 2, 1)) {
            List<ReplClient> open = new ArrayList<>();
            for (int i = 0; i < 3; i++) open.add(ReplClient.open(s.address()));
            try (ReplClient extra = new ReplClient(s.address())) {
                assertEquals(ReplRenderer.tooManyConnections(3), extra.readToEnd());
            }
            for (ReplClient c : open) assertTrue(c.ask("summary").startsWith("last generation: 0\n"));
            open.remove(0).close();
            // the slot frees when the server sees the close: retry a bounded number of times
            String greeting = null;
            for (int attempt = 0; attempt < 100 && greeting == null; attempt++) {
                ReplClient c = new ReplClient(s.address());
                byte[] first = c.readN(5);
                if (new String(first, StandardCharsets.US_ASCII).equals("zig> ")) {
                    greeting = "zig> ";
                    open.add(c);
                } else {
                    c.close();
                    Thread.sleep(20);
                }
            }
            assertEquals("zig> ", greeting);
            for (ReplClient c : open) c.close();
        }
    }

    @Test
    void anIdleConnectionIsClosedWithAMessage() throws Exception {
        var settings = DEFAULTS.withIdleTimeout(Duration.ofMillis(300));
        try (Server s = start(settings, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            assertTrue(c.ask("summary").startsWith("last generation: 0"));
            assertEquals(ReplRenderer.idleTimeout(Duration.ofMillis(300)), c.readToEnd());
        }
    }

    @Test
    void waitingForALongUpdateIsNotIdling() throws Exception {
        var settings = DEFAULTS.withIdleTimeout(Duration.ofMillis(200));
        try (Server s = start(settings, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            s.compilation().holdUpdates();
            var started = s.compilation().nextStart();
            TestProbe<UpdateResult> probe = testKit.createTestProbe();
            s.actor().tell(new CompilerActor.Update(probe.ref()));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            c.send("summary");
            assertEquals(ReplRenderer.WAITING,
                    new String(c.readN(ReplRenderer.WAITING.length()), StandardCharsets.US_ASCII));
            Thread.sleep(600); // three idle periods while the update runs
            s.compilation().release();
            assertEquals(ReplRenderer.respond(twin(2, 2, 2), "summary"), c.readUntilPrompt());
            assertEquals(ReplRenderer.idleTimeout(Duration.ofMillis(200)), c.readToEnd());
        }
    }

    @Test
    void fiveHundredConnectionsAtOnceAreAllServed() throws Exception {
        var settings = DEFAULTS.withMaxConnections(600);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try (Server s = start(settings, 2, 2, 1)) {
            String summary = ReplRenderer.respond(twin(2, 2, 1), "summary");
            List<Future<ReplClient>> opening = new ArrayList<>();
            for (int i = 0; i < 500; i++) opening.add(pool.submit(() -> ReplClient.open(s.address())));
            List<ReplClient> clients = new ArrayList<>();
            for (Future<ReplClient> f : opening) clients.add(f.get(60, TimeUnit.SECONDS));
            List<Future<String>> answers = new ArrayList<>();
            for (ReplClient c : clients) answers.add(pool.submit(() -> c.ask("summary")));
            for (Future<String> a : answers) assertEquals(summary, a.get(60, TimeUnit.SECONDS));
            for (ReplClient c : clients) c.close();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void garbageAbruptDisconnectsAndASlowReaderDoNotDisturbOthers() throws Exception {
        try (Server s = start(DEFAULTS, 2, 2, 1); ReplClient good = ReplClient.open(s.address())) {
            String summary = ReplRenderer.respond(twin(2, 2, 1), "summary");
            // binary garbage
            ReplClient garbage = ReplClient.open(s.address());
            byte[] junk = new byte[64 * 1024];
            new Random(42).nextBytes(junk);
            garbage.sendRaw(junk);
            assertEquals(summary, good.ask("summary"));
            // a client that asks a lot and disconnects abruptly (RST) mid-answer
            ReplClient rude = ReplClient.open(s.address());
            rude.sendRaw("help\n".repeat(2000).getBytes(StandardCharsets.US_ASCII));
            rude.socket.setSoLinger(true, 0);
            rude.close();
            // a client that asks a lot and never reads its answers
            ReplClient slow = ReplClient.open(s.address());
            slow.sendRaw("help\n".repeat(2000).getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 200; i++) assertEquals(summary, good.ask("summary"));
            // the slow reader still gets its answers, in order, when it reads
            for (int i = 0; i < 2000; i++) assertEquals(ReplRenderer.HELP + "\n", slow.readUntilPrompt());
            slow.close();
            garbage.close();
            assertEquals(summary, good.ask("summary"));
        }
    }

    @Test
    void theWaitingNoticeComesAtOnceAndTheAnswerAfterTheUpdate() throws Exception {
        try (Server s = start(DEFAULTS, 2, 2, 1); ReplClient c = ReplClient.open(s.address())) {
            s.compilation().holdUpdates();
            var started = s.compilation().nextStart();
            TestProbe<UpdateResult> probe = testKit.createTestProbe();
            s.actor().tell(new CompilerActor.Update(probe.ref()));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            c.send("summary");
            byte[] notice = ReplRenderer.WAITING.getBytes(StandardCharsets.US_ASCII);
            assertEquals(ReplRenderer.WAITING, new String(c.readN(notice.length), StandardCharsets.US_ASCII));
            s.compilation().release();
            assertEquals(ReplRenderer.respond(twin(2, 2, 2), "summary"), c.readUntilPrompt());
            probe.receiveMessage(Duration.ofSeconds(10));
            assertEquals(ReplRenderer.respond(twin(2, 2, 2), "summary"), c.ask("summary"));
        }
    }

    @Test
    void connectionsAreToldWhenTheCompilerStops() throws Exception {
        ChurningCompilation c = new ChurningCompilation(1, 1);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        Tcp.ServerBinding binding = DebugReplServer.bind(testKit.system(), actor, DEFAULTS)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (ReplClient client = ReplClient.open(binding.localAddress())) {
            assertTrue(client.ask("summary").startsWith("last generation: "));
            actor.tell(CompilerActor.Exit.INSTANCE);
            assertEquals(ReplRenderer.COMPILER_STOPPED, client.readToEnd());
        } finally {
            binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void settingsComeFromZcuDebugAndTheCommandLineOverridesHostAndPort() {
        var conf = DebugReplServer.Settings.fromConfig(testKit.system().settings().config());
        assertEquals(new DebugReplServer.Settings("::1", 7623, 4096, 64, Duration.ofMinutes(10), 1024), conf);
        assertEquals(conf.withHost("127.0.0.1").withPort(0),
                conf.withOverrides(java.util.Optional.of("127.0.0.1"), java.util.Optional.of(0)));
        assertEquals(conf, conf.withOverrides(java.util.Optional.empty(), java.util.Optional.empty()));
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "(?:waiting for in-progress update to finish\\.\\.\\.\\n)?last generation: (\\d+)\\ntotal container types: "
                    + "(\\d+)\\ntotal NAVs: (\\d+)\\ntotal units: (\\d+)\\n\\n");
    private static final Pattern FOUND = Pattern.compile(
            "(?:waiting for in-progress update to finish\\.\\.\\.\\n)?((?:\\* type \\d+ \\('main\\.S1'\\)\\n)*)"
                    + "Found (\\d+) results\\n\\n");

    @Test
    void concurrentClientsDuringBackToBackUpdatesSeeOnlyCompleteGenerationsInOrder() throws Exception {
        int types = 40;
        int navs = 60;
        int updates = 25;
        try (Server s = start(DEFAULTS, types, navs, 1)) {
            ExecutorService pool = Executors.newFixedThreadPool(9);
            try {
                List<Future<Integer>> clients = new ArrayList<>();
                for (int k = 0; k < 8; k++) {
                    clients.add(pool.submit(clientLoop(s.address(), types, navs, updates)));
                }
                Future<?> updater = pool.submit(() -> s.update(updates));
                updater.get(120, TimeUnit.SECONDS);
                for (Future<Integer> f : clients) assertTrue(f.get(120, TimeUnit.SECONDS) > 0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Asks summary / find_type alternately until it has seen the last generation; checks each answer. */
    private static Callable<Integer> clientLoop(InetSocketAddress address, int types, int navs, int updates) {
        return () -> {
            int asked = 0;
            try (ReplClient c = ReplClient.open(address)) {
                int lastGen = -1;
                while (lastGen < updates) {
                    String summary = c.ask("summary");
                    asked++;
                    Matcher m = SUMMARY.matcher(summary);
                    assertTrue(m.matches(), summary);
                    int gen = Integer.parseInt(m.group(1));
                    assertTrue(gen >= lastGen, "generations go forward: " + lastGen + " then " + gen);
                    assertEquals((gen + 1) * types, Integer.parseInt(m.group(2)), summary);
                    assertEquals((gen + 1) * navs, Integer.parseInt(m.group(3)), summary);
                    assertEquals((gen + 1) * (navs + 1), Integer.parseInt(m.group(4)), summary);
                    lastGen = gen;
                    String found = c.ask("find_type ^main.S1$");
                    asked++;
                    Matcher f = FOUND.matcher(found);
                    assertTrue(f.matches(), found);
                    int count = Integer.parseInt(f.group(2));
                    assertEquals(count, f.group(1).split("\n", -1).length - 1, found);
                    assertTrue(count >= gen + 1 && count <= updates + 1, found);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return asked;
        };
    }
}
