package org.entente.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.engine.Game;
import org.entente.engine.Role;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.Recorded;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * A long log (100,000 events: a busy exercise's talk with turns adjudicated between) is read, folded,
 * filtered and verified in a few seconds. The figures are printed; the bound here is only a loose
 * guard against a regression by an order of magnitude — the measurement proper is the benchmark's.
 */
class ReplayThroughputTest {
    static final int EVENTS = 100_000;

    @Test
    void aHundredThousandEventLogReplaysInAFewSeconds() throws Exception {
        Game g = Game.of("grand-alliance-1941", 5);
        g.start();
        List<String> nations = List.of("USA", "GBR", "SUN", "CHN", "FRA");
        int i = 0;
        while (g.log.size() < EVENTS) {
            String from = nations.get(i % nations.size());
            String channel = i % 3 == 0 ? "plenary" : "team:" + from;
            g.does(from, new PostMessage(channel, "Message " + i + " from " + from + ": hold the line on the eastern front.", null));
            i++;
            if (i % 15_000 == 0 && g.world().clock().phase() != Phase.ENDED) {
                g.advanceTo(Phase.ORDERS);
                for (String n : nations) {
                    g.does(n, new SubmitOrders(new Orders(0.9, 0, false, false, Map.of(), List.of(), Map.of())));
                }
                g.advanceTo(Phase.REPORTS);
                g.does("WHITE_CELL", new AdvancePhase("bench"));
            }
        }
        List<Recorded> log = g.log;
        Path file = Files.createDirectories(Path.of("target")).resolve("replay-throughput.journal");
        Files.deleteIfExists(file);
        ScriptedSession.journal(log, file);

        long t0 = System.nanoTime();
        LogFile.Read read = LogFile.read(file);
        long t1 = System.nanoTime();
        Replayer.Result result = Replayer.replay(read.events());
        long t2 = System.nanoTime();
        Verifier.Outcome outcome = Verifier.verify(read.events(), 0, Replayer.Progress.NONE);
        long t3 = System.nanoTime();
        List<RoleFilter.Seen> gbr = RoleFilter.seenBy(read.events(), Role.nation("GBR"));
        long t4 = System.nanoTime();

        assertEquals(log.size(), result.applied());
        assertTrue(outcome.verified(), () -> outcome.difference().message());
        assertTrue(outcome.adjudications() >= 5);
        System.out.printf(Locale.ROOT, "replay throughput: %,d events (%,d bytes): read+parse %d ms (%,.0f events/s); fold %d ms "
                        + "(%,.0f events/s); fold+verify %d adjudications %d ms; GBR filter %d ms (%,d events seen)%n",
                log.size(), Files.size(file), (t1 - t0) / 1_000_000, log.size() * 1e9 / (t1 - t0), (t2 - t1) / 1_000_000,
                log.size() * 1e9 / (t2 - t1), outcome.adjudications(), (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, gbr.size());
        assertTrue((t2 - t0) < 15_000_000_000L, "read and fold 100,000 events well within seconds");
    }
}
