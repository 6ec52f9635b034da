package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's reproduction, as a test: 20 offers of long text, 6 sockets that never read, 19 membership toggles
 * a second — against a node in its own JVM with a 192 MiB heap that exits on OutOfMemoryError. Before the fix
 * the same attack grew a node to 1.2 GB and broke it for every session.
 */
@ExtendWith(VertxExtension.class)
class SnapshotAmplificationTest {
    static final String HEAP = "192m";

    @Test
    void theOffenderIsCutOffAndEveryoneElseCarriesOn(Vertx vertx, @TempDir Path dir) throws Exception {
        try (NodeProcess node = new NodeProcess(dir, HEAP, "limits: {}\n");
             Amplification attack = new Amplification(vertx, node, 6)) {
            WsPeer toggler = attack.toggler();
            long peakHeap = 0;
            long peakQueued = 0;
            int sent = 0;
            int refused = 0;
            long start = System.nanoTime();
            while (!toggler.isClosed() && System.nanoTime() - start < 20_000_000_000L) {
                String type = sent % 2 == 0 ? "leaveCoalition" : "joinCoalition";
                toggler.command(new JsonObject().put("type", type).put("coalition", "grand-alliance"));
                sent++;
                Thread.sleep(1000 / 19);
                if (sent % 10 == 0) {
                    NodeProcess.Gauges g = node.gauges();
                    peakHeap = Math.max(peakHeap, g.heapUsed());
                    peakQueued = Math.max(peakQueued, g.queued());
                    assertEquals(200, node.get("/health", null).statusCode(), "the node answers all along");
                    attack.wellBehavedExchange();
                }
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (toggler.closeStatus() == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
            for (JsonObject m : toggler.drainQuietly()) {
                answers.merge(m.getString("type") + ":" + m.getString("code"), 1, Integer::sum);
                if ("reject".equals(m.getString("type")) && "RATE_LIMITED".equals(m.getString("code"))) {
                    refused++;
                    assertEquals("membershipChangesPerMinute", m.getString("field"));
                }
            }
            assertEquals((short) 1008, toggler.closeStatus(), "the offender is disconnected");
            assertTrue(toggler.closeReason().contains("membershipChangesPerMinute"), toggler.closeReason());
            assertTrue(node.alive(), "the node is alive");
            assertEquals(200, node.get("/health", null).statusCode());
            attack.leaderStillPlays();
            attack.wellBehavedExchange();
            long[] rss = node.rssKb();
            NodeProcess.Gauges end = node.gauges();
            assertTrue(attack.wellBehavedWorstMillis.get() < 3000, "worst exchange " + attack.wellBehavedWorstMillis.get() + " ms");
            assertTrue(rss[1] < 600 * 1024, "peak RSS " + rss[1] + " kB");
            System.out.println("SnapshotAmplificationTest: " + attack.offers + " offers (a view of " + attack.viewChars / 1024
                    + " KiB); answers to the toggler " + answers + "; " + sent + " toggles sent at 19/s, "
                    + refused + " refused by membershipChangesPerMinute, then the offender was closed (1008: "
                    + toggler.closeReason() + "); node heap peak " + peakHeap / 1024 / 1024 + " MiB of " + HEAP
                    + ", bytes held for clients peak " + peakQueued / 1024 + " KiB, RSS peak " + rss[1] / 1024 + " MiB; "
                    + "clients dropped as too slow " + end.tooSlow() + ", shed by the node " + end.shed()
                    + "; the other session's worst exchange " + attack.wellBehavedWorstMillis.get() + " ms");
        }
    }

    @Test
    void withoutTheRateLimitWhatANodeHoldsForClientsStaysBounded(Vertx vertx, @TempDir Path dir) throws Exception {
        // The rate limit off: only the per-client budget, the coalescing of views and the node's budget stand.
        try (NodeProcess node = new NodeProcess(dir, HEAP, "limits: {membershipChangesPerMinute: 1000000}\n");
             Amplification attack = new Amplification(vertx, node, 6)) {
            WsPeer toggler = attack.toggler();
            long peakHeap = 0;
            long peakQueued = 0;
            int sent = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 15_000_000_000L) {
                String type = sent % 2 == 0 ? "leaveCoalition" : "joinCoalition";
                toggler.command(new JsonObject().put("type", type).put("coalition", "grand-alliance"));
                sent++;
                Thread.sleep(1000 / 19);
                if (sent % 10 == 0) {
                    NodeProcess.Gauges g = node.gauges();
                    peakHeap = Math.max(peakHeap, g.heapUsed());
                    peakQueued = Math.max(peakQueued, g.queued());
                    assertEquals(200, node.get("/health", null).statusCode());
                    attack.wellBehavedExchange();
                }
                toggler.drainQuietly();
            }
            assertTrue(node.alive());
            attack.leaderStillPlays();
            attack.wellBehavedExchange();
            long[] rss = node.rssKb();
            NodeProcess.Gauges end = node.gauges();
            // 8 sockets see every view (6 never read); each holds at most one view in flight and one waiting.
            assertTrue(peakQueued < 16L * 1024 * 1024, "held for clients at peak: " + peakQueued);
            assertTrue(rss[1] < 600 * 1024, "peak RSS " + rss[1] + " kB");
            System.out.println("SnapshotAmplificationTest (no rate limit): " + sent + " toggles in 15 s; node heap peak "
                    + peakHeap / 1024 / 1024 + " MiB of " + HEAP + ", bytes held for clients peak " + peakQueued / 1024
                    + " KiB, RSS peak " + rss[1] / 1024 + " MiB; dropped as too slow " + end.tooSlow() + ", shed "
                    + end.shed() + "; the other session's worst exchange " + attack.wellBehavedWorstMillis.get() + " ms");
        }
    }
}
