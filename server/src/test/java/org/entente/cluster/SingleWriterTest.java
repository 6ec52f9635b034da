package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.engine.event.ClockPaused;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.MemoryJournal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Hazelcast members in this JVM (TCP-IP on loopback): a session's writer that has been taken
 * over is refused, never merged; only one of several racing survivors wins a takeover.
 */
class SingleWriterTest {
    private HazelcastInstance a;
    private HazelcastInstance b;

    @BeforeEach
    void twoMembers() throws Exception {
        System.setProperty("hazelcast.wait.seconds.before.join", "0");
        int pa = freePort();
        int pb = freePort();
        String name = "single-writer-" + UUID.randomUUID();
        List<String> members = List.of("127.0.0.1:" + pa, "127.0.0.1:" + pb);
        a = Hazelcast.newHazelcastInstance(HazelcastSetup.config(new ClusterConfig(true, members, pa, "127.0.0.1", name, null)));
        b = Hazelcast.newHazelcastInstance(HazelcastSetup.config(new ClusterConfig(true, members, pb, "127.0.0.1", name, null)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (a.getCluster().getMembers().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, a.getCluster().getMembers().size());
    }

    @AfterEach
    void stop() {
        b.shutdown();
        a.shutdown();
    }

    @Test
    void aStaleOwnersAppendIsRefusedAndOnlyTheNewOwnerWrites() {
        String session = "s-" + UUID.randomUUID();
        IMap<String, SessionLog> logA = a.getMap(HazelcastSetup.LOG_MAP);
        IMap<String, SessionLog> logB = b.getMap(HazelcastSetup.LOG_MAP);
        IMap<String, String> ownersA = a.getMap(HazelcastSetup.OWNER_MAP);
        IMap<String, String> ownersB = b.getMap(HazelcastSetup.OWNER_MAP);

        // Node A creates the session at epoch 1 and writes two batches.
        assertEquals(null, ownersA.putIfAbsent(session, "A#1"));
        logA.put(session, new SessionLog(1, List.of()));
        AtomicInteger fencedA = new AtomicInteger();
        MemoryJournal localA = new MemoryJournal();
        ClusterJournal writerA = new ClusterJournal(session, 1, logA, localA, id -> fencedA.incrementAndGet());
        writerA.append(List.of(event(1, "a1")));
        writerA.append(List.of(event(2, "a2"), event(3, "a3")));

        // B believes A is gone (a split, a long pause): it takes over by compare-and-set and fences the log.
        assertTrue(ownersB.replace(session, "A#1", "B#2"));
        assertFalse(ownersA.replace(session, "A#1", "A#2"), "A cannot reclaim with a stale expectation");
        List<String> handedOver = logB.executeOnKey(session, new SessionLog.Fence(2));
        assertEquals(3, handedOver.size());
        assertEquals(null, logB.executeOnKey(session, new SessionLog.Fence(2)), "the same epoch cannot fence twice");

        // A, still running, tries to write event 4: refused, nothing acknowledged, A stops.
        NotOwnerException refused = assertThrows(NotOwnerException.class, () -> writerA.append(List.of(event(4, "stale"))));
        assertTrue(refused.getMessage().contains("fenced"), refused.getMessage());
        assertEquals(1, fencedA.get());
        assertEquals(3, localA.readAll().size(), "the refused batch is not in A's own journal either");
        assertThrows(NotOwnerException.class, () -> writerA.append(List.of(event(4, "stale again"))));

        // B writes event 4; a retried invocation of the same batch is not applied twice.
        ClusterJournal writerB = new ClusterJournal(session, 2, logB, new MemoryJournal(), id -> { });
        writerB.append(List.of(event(4, "b4")));
        assertEquals(SessionLog.Outcome.DUPLICATE, logB.executeOnKey(session,
                new SessionLog.Append(2, 4, List.of(EventCodec.recordedJson(event(4, "b4"))))));
        assertEquals(SessionLog.Outcome.CONFLICT, logB.executeOnKey(session,
                new SessionLog.Append(2, 4, List.of(EventCodec.recordedJson(event(4, "other"))))));

        List<String> log = logA.get(session).events;
        assertEquals(4, log.size());
        assertTrue(log.get(3).contains("b4"), log.get(3));
        assertTrue(log.stream().noneMatch(e -> e.contains("stale")));
    }

    @Test
    void ofManySurvivorsRacingForAnOrphanedSessionExactlyOneWins() throws Exception {
        String session = "s-" + UUID.randomUUID();
        IMap<String, String> ownersA = a.getMap(HazelcastSetup.OWNER_MAP);
        ownersA.put(session, "dead#7");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HazelcastInstance via = i % 2 == 0 ? a : b;
            String me = "node" + i;
            tries.add(pool.submit(() -> {
                go.await();
                IMap<String, String> owners = via.getMap(HazelcastSetup.OWNER_MAP);
                return owners.replace(session, "dead#7", me + "#8");
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> f : tries) {
            winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners);
        assertTrue(ownersA.get(session).endsWith("#8"));
    }

    private static Recorded event(long seq, String reason) {
        return new Recorded(seq, 1000 + seq, null, null, new ClockPaused(1, reason));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
