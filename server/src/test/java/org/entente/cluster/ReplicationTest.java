package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.engine.event.ClockPaused;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replicated log without Hazelcast: three nodes' copies on one Vert.x event bus (each its own
 * data directory). What is tried here is what breaks a log in the field: an append whose cost grows
 * with the log, a stale owner writing after a newer one was promised, a copy with a divergent tail,
 * and a node back with an old copy.
 */
class ReplicationTest {
    private final Vertx vertx = Vertx.vertx();
    private final List<Replication> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Replication::close);
        vertx.close().await();
    }

    private Replication node(Path dir, String id) throws Exception {
        Path sessions = Files.createDirectories(dir.resolve(id).resolve("sessions"));
        Replication r = new Replication(vertx, id, sessions);
        r.listen();
        started.add(r);
        return r;
    }

    @Test
    void appendingCostsTheBatchNotTheLog(@TempDir Path dir) throws Exception {
        Replication a = node(dir, "A");
        Replication b = node(dir, "B");
        Replica mine = a.replica("s");
        mine.promise(1);
        ClusterJournal journal = new ClusterJournal("s", 1, mine, a, () -> List.of("B"), 2, id -> { });
        long[] cost = new long[3_001];
        for (int seq = 1; seq <= 3_000; seq++) {
            long before = a.bytesSent.get();
            journal.append(List.of(event(seq, "same length text")));
            cost[seq] = a.bytesSent.get() - before;
        }
        // The same event sent at seq 10 costs what it costs at seq 3,000: the batch, once, per member.
        for (int seq : new int[] {100, 1_000, 3_000}) {
            assertEquals(cost[10] + digits(seq) - digits(10), cost[seq], "bytes replicated for the append at event " + seq);
        }
        assertEquals(3_000, b.existing("s").last());
        assertEquals(mine.chainAt(3_000), b.existing("s").chainAt(3_000), "the same log on both nodes");
        System.out.printf("replication cost: %d bytes at event 10, %d at event 3,000 (the event's JSON, once)%n",
                cost[10], cost[3_000]);
    }

    @Test
    void aStaleOwnerIsRefusedOnceAMajorityPromisedANewerEpoch(@TempDir Path dir) throws Exception {
        Replication a = node(dir, "A");
        Replication b = node(dir, "B");
        Replication c = node(dir, "C");
        Replica mine = a.replica("s");
        mine.promise(1);
        AtomicInteger lost = new AtomicInteger();
        ClusterJournal stale = new ClusterJournal("s", 1, mine, a, () -> List.of("B", "C"), 2, id -> lost.incrementAndGet());
        stale.append(List.of(event(1, "one"), event(2, "two")));

        // B and C promise epoch 2 (a survivor claims the session while A is paused).
        assertTrue(b.onPrepare("s", 2).getBoolean("ok"));
        assertTrue(c.onPrepare("s", 2).getBoolean("ok"));
        assertTrue(!b.onPrepare("s", 2).getBoolean("ok"), "an epoch is promised once");

        NotOwnerException refused = assertThrows(NotOwnerException.class, () -> stale.append(List.of(event(3, "stale"))));
        assertTrue(refused.getMessage().contains("fenced"), refused.getMessage());
        assertEquals(1, lost.get(), "the node is told to stop hosting the session");
        assertEquals(2, b.existing("s").last(), "the refused batch is on no other node");
        assertThrows(NotOwnerException.class, () -> stale.append(List.of(event(3, "stale again"))));
    }

    @Test
    void aFrozenOwnerLearnsAtOnceWithoutWritingThatANewerOwnerTookOver(@TempDir Path dir) throws Exception {
        Replication a = node(dir, "A");
        Replication b = node(dir, "B");
        Replication c = node(dir, "C");
        Replica mine = a.replica("s");
        mine.promise(1);
        AtomicInteger lost = new AtomicInteger();
        ClusterJournal owner = new ClusterJournal("s", 1, mine, a, () -> List.of("B", "C"), 2, id -> lost.incrementAndGet());
        owner.append(List.of(event(1, "one")));
        assertTrue(owner.probe(), "nobody else was promised anything: the owner still writes");
        assertEquals(0, lost.get());

        // While A is stopped, B and C promise epoch 2 to a survivor. A wakes up: the probe (an empty append,
        // no player's command needed) finds out at once.
        assertTrue(b.onPrepare("s", 2).getBoolean("ok"));
        assertTrue(c.onPrepare("s", 2).getBoolean("ok"));
        long before = System.nanoTime();
        assertTrue(!owner.probe(), "the probe is refused");
        long millis = (System.nanoTime() - before) / 1_000_000;
        assertEquals(1, lost.get(), "the node is told to stop hosting the session (and close its clients with 1012)");
        assertTrue(millis < Replication.TIMEOUT_MS, "answered in " + millis + " ms, not by a timeout");
        assertEquals(1, b.existing("s").last(), "the probe wrote nothing");
        assertTrue(!owner.probe(), "a lost session stays lost");
        assertEquals(1, lost.get());
    }

    @Test
    void withoutAMajorityNothingIsAcknowledged(@TempDir Path dir) throws Exception {
        Replication a = node(dir, "A");
        Replica mine = a.replica("s");
        mine.promise(1);
        ClusterJournal alone = new ClusterJournal("s", 1, mine, a, () -> List.of("B-is-gone"), 2, id -> { });
        NotOwnerException e = assertThrows(NotOwnerException.class, () -> alone.append(List.of(event(1, "one"))));
        assertTrue(e.getMessage().contains("only 1 of the 2"), e.getMessage());
    }

    @Test
    void aDivergentTailIsReplacedByTheNewOwnersLogAndAnOldCopyCatchesUp(@TempDir Path dir) throws Exception {
        Replication a = node(dir, "A");
        Replication b = node(dir, "B");
        Replication c = node(dir, "C");
        // Epoch 1 (owner A) reaches every node up to event 3; event 4 reaches only C before A dies.
        Replica ra = a.replica("s");
        ra.promise(1);
        ClusterJournal one = new ClusterJournal("s", 1, ra, a, () -> List.of("B", "C"), 3, id -> { });
        one.append(List.of(event(1, "1"), event(2, "2"), event(3, "3")));
        Replica rc = c.existing("s");
        assertEquals(Replica.Outcome.OK, rc.append(1, 4, rc.chainAt(3), List.of(EventCodec.recordedJson(event(4, "only on C"))), true, true));

        // B owns epoch 2 with a log of 3 events (A and B answered its claim) and writes a different event 4.
        Replica rb = b.existing("s");
        assertTrue(rb.promise(2));
        assertEquals(Replica.Outcome.OK, rb.append(2, 4, rb.chainAt(3), List.of(), true, true));
        ClusterJournal two = new ClusterJournal("s", 2, rb, b, () -> List.of("A", "C"), 2, id -> { });
        two.append(List.of(event(4, "B's four"), event(5, "B's five")));

        // Every copy now holds B's log: C's unacknowledged event 4 is gone, A caught up. The append returned once
        // a majority had it; the third copy may still be on its way.
        for (Replica r : List.of(a.existing("s"), rb, rc)) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (r.last() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(5, r.last());
            assertEquals(rb.chainAt(5), r.chainAt(5));
            assertEquals(2, r.tag());
        }
        assertTrue(rc.read(4, 4).get(0).contains("B's four"));
        // A's epoch-1 writer is refused from now on.
        assertThrows(NotOwnerException.class, () -> one.append(List.of(event(4, "stale"))));
    }

    @Test
    void anOldCopyLosesToTheNewestAndTheNewestIsWhatACopyIsRebuiltFrom(@TempDir Path dir) throws Exception {
        // The fork: a node with an old copy (tag 1, 2 events) and one with the newest (tag 2, 4 events).
        Replication old = node(dir, "OLD");
        Replication newest = node(dir, "NEW");
        Replica ro = old.replica("s");
        ro.promise(1);
        ro.append(1, 1, 0, List.of(json(1, "1"), json(2, "2")), true, true);
        Replica rn = newest.replica("s");
        rn.promise(2);
        rn.append(2, 1, 0, List.of(json(1, "1"), json(2, "2"), json(3, "3"), json(4, "4")), true, true);

        // The old node claims at epoch 3: both promise; the newest copy is fetched, never overridden.
        assertTrue(old.onPrepare("s", 3).getBoolean("ok"));
        var answer = newest.onPrepare("s", 3);
        assertEquals(2, answer.getLong("tag"));
        assertEquals(4, answer.getLong("last"));
        old.fetchInto("NEW", "s", 3, 4);
        assertEquals(4, ro.last());
        assertEquals(rn.chainAt(4), ro.chainAt(4));
        assertEquals(1, ro.tag(), "the tag moves only once the whole copy is held");
    }

    private static int digits(int n) {
        return String.valueOf(n).length();
    }

    private static String json(long seq, String reason) {
        return EventCodec.recordedJson(event(seq, reason));
    }

    @Test
    void aSessionReadsAnyRangeOfItsLogBackFromTheCopyItWrote(@TempDir Path dir) throws Exception {
        // A session keeps only its recent events in memory (issue 19): older ones come from here.
        Replication a = node(dir, "A");
        Replica mine = a.replica("s");
        mine.promise(1);
        ClusterJournal journal = new ClusterJournal("s", 1, mine, a, List::of, 1, id -> { });
        for (int seq = 1; seq <= 2_000; seq += 7) {
            List<Recorded> batch = new ArrayList<>();
            for (int k = seq; k < seq + 7 && k <= 2_000; k++) {
                batch.add(event(k, "reason " + k));
            }
            journal.write(batch);
            journal.sync();
        }
        for (long[] range : new long[][] {{1, 1}, {1, 2_000}, {255, 1_300}, {2_000, 2_000}, {1_990, 5_000}}) {
            List<Recorded> read = journal.read(range[0], range[1]);
            long to = Math.min(range[1], 2_000);
            assertEquals(to - range[0] + 1, read.size());
            for (int i = 0; i < read.size(); i++) {
                assertEquals(EventCodec.recordedJson(event(range[0] + i, "reason " + (range[0] + i))), EventCodec.recordedJson(read.get(i)));
            }
        }
        assertTrue(journal.read(2_001, 2_010).isEmpty());
        assertTrue(journal.read(10, 9).isEmpty());
    }

    private static Recorded event(long seq, String reason) {
        return new Recorded(seq, 1_000, null, null, new ClockPaused(1, reason));
    }
}
