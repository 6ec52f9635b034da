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
 * Everything hostile at once against one node in its own JVM (192 MiB heap): the protocol fuzzer, a ping flood,
 * sockets that never read, and snapshot amplification, each reconnecting whenever the node cuts it off — while
 * a player of another session plays on, every exchange timed. 90 s by default; {@code -Dentente.soak.seconds=600}
 * for longer. Records peak heap and RSS, the connections cut off, and the well-behaved player's worst exchange.
 */
@ExtendWith(VertxExtension.class)
class SoakTest {

    @Test
    void aNodeUnderEveryAttackAtOnceKeepsServingTheOthers(Vertx vertx, @TempDir Path dir) throws Exception {
        long seconds = Long.getLong("entente.soak.seconds", 90);
        String config = "limits: {maxQueuedBytes: 1048576, maxQueuedBytesPerNode: 4194304}\n";
        try (NodeProcess node = new NodeProcess(dir, SnapshotAmplificationTest.HEAP, config);
             Amplification attack = new Amplification(vertx, node, 6)) {
            FrameFuzzer fuzz = new FrameFuzzer(17);
            WsPeer toggler = attack.toggler();
            WsPeer fuzzer = peer(attack, "CHN");
            WsPeer flooder = peer(attack, "SUN");
            int togglerCuts = 0;
            int fuzzerCuts = 0;
            int flooderCuts = 0;
            int frames = 0;
            int nonReadingOpened = attack.nonReading.size();
            long peakHeap = 0;
            long peakQueued = 0;
            long peakRss = 0;
            long start = System.nanoTime();
            for (int tick = 0; System.nanoTime() - start < seconds * 1_000_000_000L; tick++) {
                if (toggler.isClosed()) {
                    togglerCuts++;
                    toggler = attack.toggler();
                }
                if (fuzzer.isClosed()) {
                    fuzzerCuts++;
                    fuzzer = peer(attack, "CHN");
                }
                if (flooder.isClosed()) {
                    flooderCuts++;
                    flooder = peer(attack, "SUN");
                }
                quietly(toggler, new JsonObject().put("type", tick % 2 == 0 ? "leaveCoalition" : "joinCoalition")
                        .put("coalition", "grand-alliance").encode());
                for (int i = 0; i < 5; i++, frames++) {
                    String f = fuzz.next();
                    quietly(fuzzer, f.contains("\"join\"") ? "{\"type\":\"ping\"}" : f);
                }
                for (int i = 0; i < 40; i++, frames++) {
                    quietly(flooder, "{\"type\":\"ping\",\"id\":\"flood\"}");
                }
                toggler.drainQuietly();
                fuzzer.drainQuietly();
                flooder.drainQuietly();
                if (tick % 100 == 50 && attack.nonReading.size() < 30) {
                    RawWebSocket raw = new RawWebSocket(node.port());
                    raw.sendText(new JsonObject().put("type", "join").put("token", Amplification.token(attack.session, "FRA")).encode());
                    attack.nonReading.add(raw);
                    nonReadingOpened++;
                }
                if (tick % 10 == 0) {
                    NodeProcess.Gauges g = node.gauges();
                    peakHeap = Math.max(peakHeap, g.heapUsed());
                    peakQueued = Math.max(peakQueued, g.queued());
                    peakRss = Math.max(peakRss, node.rssKb()[1]);
                    assertEquals(200, node.get("/health", null).statusCode(), "the node answers all along");
                    attack.wellBehavedExchange();
                }
                Thread.sleep(50);
            }
            assertTrue(node.alive(), "the node is alive");
            attack.leaderStillPlays();
            attack.wellBehavedExchange();
            NodeProcess.Gauges end = node.gauges();
            long[] rss = node.rssKb();
            assertTrue(attack.wellBehavedWorstMillis.get() < 5000, "worst exchange " + attack.wellBehavedWorstMillis.get() + " ms");
            assertTrue(!node.log().contains("OutOfMemoryError"), "no OutOfMemoryError");
            String figures = "SoakTest: " + seconds + " s; " + frames + " hostile frames; " + nonReadingOpened
                    + " sockets that never read; cut off: toggler " + togglerCuts + ", fuzzer " + fuzzerCuts + ", flooder "
                    + flooderCuts + "; dropped as too slow " + end.tooSlow() + ", shed by the node " + end.shed()
                    + "; node heap peak " + peakHeap / 1024 / 1024 + " MiB (-Xmx" + SnapshotAmplificationTest.HEAP
                    + "), bytes held for clients peak " + peakQueued / 1024 + " KiB, RSS peak " + Math.max(peakRss, rss[1]) / 1024
                    + " MiB; the other session: " + attack.wellBehavedExchanges.get() + " exchanges, none lost, worst "
                    + attack.wellBehavedWorstMillis.get() + " ms";
            System.out.println(figures);
        }
    }

    private static WsPeer peer(Amplification attack, String nation) throws Exception {
        WsPeer p = WsPeer.connect(attack.client, attack.node.port());
        p.join(Amplification.token(attack.session, nation), null);
        return p;
    }

    private static void quietly(WsPeer peer, String frame) {
        try {
            peer.sendRaw(frame);
        } catch (Exception closedMeanwhile) {
            // reconnected on the next tick
        }
    }
}
