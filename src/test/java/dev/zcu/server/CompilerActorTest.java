package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.compile.UpdateResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CompilerActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    @AfterAll
    static void cleanup() {
        testKit.shutdownTestKit();
    }

    private static String summary(int gen, ChurningCompilation c) {
        return "last generation: " + gen + "\ntotal container types: " + (gen + 1) * c.typesPerUpdate
                + "\ntotal NAVs: " + (gen + 1) * c.navsPerUpdate
                + "\ntotal units: " + (gen + 1) * (c.navsPerUpdate + 1) + "\n\n";
    }

    @Test
    void updateRepliesWithResultAndQueriesSeeTheNewGeneration() {
        ChurningCompilation c = new ChurningCompilation(3, 4);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        TestProbe<UpdateResult> updates = testKit.createTestProbe();
        TestProbe<CompilerActor.Reply> replies = testKit.createTestProbe();

        actor.tell(new CompilerActor.Update(updates.ref()));
        assertEquals(0, updates.receiveMessage().generation());
        actor.tell(new CompilerActor.Query("  summary\r\n", replies.ref()));
        assertEquals(new CompilerActor.Answer(summary(0, c)), replies.receiveMessage());

        actor.tell(new CompilerActor.Update(updates.ref()));
        assertEquals(1, updates.receiveMessage().generation());
        actor.tell(new CompilerActor.Query("summary", replies.ref()));
        assertEquals(new CompilerActor.Answer(summary(1, c)), replies.receiveMessage());
        actor.tell(new CompilerActor.Query("frobnicate", replies.ref()));
        assertEquals(new CompilerActor.Answer("command not found; run 'help' for a command list\n"),
                replies.receiveMessage());
        testKit.stop(actor);
    }

    @Test
    void queryDuringUpdateIsToldToWaitThenSeesTheFinishedGeneration() throws Exception {
        ChurningCompilation c = new ChurningCompilation(2, 2);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        TestProbe<UpdateResult> updates = testKit.createTestProbe();
        TestProbe<CompilerActor.Reply> replies = testKit.createTestProbe();
        actor.tell(new CompilerActor.Update(updates.ref()));
        updates.receiveMessage();

        c.holdUpdates();
        var started = c.nextStart();
        actor.tell(new CompilerActor.Update(updates.ref()));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        actor.tell(new CompilerActor.Query("summary", replies.ref()));
        assertEquals(CompilerActor.Waiting.INSTANCE, replies.receiveMessage());
        replies.expectNoMessage(Duration.ofMillis(100));
        c.release();
        assertEquals(1, updates.receiveMessage().generation());
        assertEquals(new CompilerActor.Answer(summary(1, c)), replies.receiveMessage());
        // after the update: no waiting notice
        actor.tell(new CompilerActor.Query("summary", replies.ref()));
        assertEquals(new CompilerActor.Answer(summary(1, c)), replies.receiveMessage());
        testKit.stop(actor);
    }

    @Test
    void updatesArrivingDuringAnUpdateAreCoalescedIntoOneFollowUp() throws Exception {
        ChurningCompilation c = new ChurningCompilation(2, 2);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        c.holdUpdates();
        TestProbe<UpdateResult> first = testKit.createTestProbe();
        TestProbe<UpdateResult> later = testKit.createTestProbe();
        TestProbe<CompilerActor.Reply> replies = testKit.createTestProbe();
        var started = c.nextStart();
        actor.tell(new CompilerActor.Update(first.ref()));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 3; i++) actor.tell(new CompilerActor.Update(later.ref()));
        actor.tell(new CompilerActor.Query("summary", replies.ref()));
        assertEquals(CompilerActor.Waiting.INSTANCE, replies.receiveMessage());
        c.release();
        assertEquals(0, first.receiveMessage().generation());
        // the stashed query is answered between the two updates, on generation 0
        assertEquals(new CompilerActor.Answer(summary(0, c)), replies.receiveMessage());
        c.release();
        for (int i = 0; i < 3; i++) assertEquals(1, later.receiveMessage().generation());
        later.expectNoMessage(Duration.ofMillis(100));
        assertEquals(2, c.updatesRun.get());
        testKit.stop(actor);
    }

    @Test
    void anExceptionInsideUpdateBecomesAnInternalErrorAndTheStateStaysUsable() {
        ChurningCompilation c = new ChurningCompilation(2, 2);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        TestProbe<UpdateResult> updates = testKit.createTestProbe();
        TestProbe<CompilerActor.Reply> replies = testKit.createTestProbe();
        actor.tell(new CompilerActor.Update(updates.ref()));
        updates.receiveMessage();
        c.failNextUpdate();
        actor.tell(new CompilerActor.Update(updates.ref()));
        UpdateResult broken = updates.receiveMessage();
        assertEquals(1, broken.generation());
        assertEquals(1, broken.errors().messages().size());
        assertTrue(broken.errors().messages().get(0).msg().startsWith("internal compiler error: "),
                broken.errors().messages().get(0).msg());
        assertTrue(broken.errors().messages().get(0).msg().contains("bug in analysis (test)"));
        actor.tell(new CompilerActor.Query("find_type Broken", replies.ref()));
        assertEquals(new CompilerActor.Answer("* type 102 ('main.Broken')\nFound 1 results\n\n"),
                replies.receiveMessage());
        actor.tell(new CompilerActor.Update(updates.ref()));
        UpdateResult next = updates.receiveMessage();
        assertEquals(2, next.generation());
        assertTrue(next.errors().isEmpty());
        testKit.stop(actor);
    }

    @Test
    void exitStopsTheActorAfterTheRunningUpdate() throws Exception {
        ChurningCompilation c = new ChurningCompilation(1, 1);
        ActorRef<CompilerActor.Command> actor = testKit.spawn(CompilerActor.create(c));
        TestProbe<UpdateResult> updates = testKit.createTestProbe();
        TestProbe<CompilerActor.Reply> replies = testKit.createTestProbe();
        c.holdUpdates();
        var started = c.nextStart();
        actor.tell(new CompilerActor.Update(updates.ref()));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        actor.tell(new CompilerActor.Query("summary", replies.ref()));
        actor.tell(CompilerActor.Exit.INSTANCE);
        assertEquals(CompilerActor.Waiting.INSTANCE, replies.receiveMessage());
        c.release();
        assertEquals(0, updates.receiveMessage().generation());
        assertEquals(new CompilerActor.Answer(summary(0, c)), replies.receiveMessage());
        updates.expectTerminated(actor);

        ActorRef<CompilerActor.Command> idle = testKit.spawn(CompilerActor.create(new ChurningCompilation(1, 1)));
        idle.tell(CompilerActor.Exit.INSTANCE);
        updates.expectTerminated(idle);
    }
}
