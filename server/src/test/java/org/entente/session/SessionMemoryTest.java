package org.entente.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.entente.journal.FileJournal;
import org.entente.session.LongSessionHarness.Probe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jol.info.GraphLayout;

/**
 * What a session retains in the heap as its log grows (issue 19): its recent events, command ids and
 * channel messages are bounded windows, so only a few bytes per event remain (each role's stream of
 * positions, 4 bytes per event it sees). Measured with JOL: everything reachable from the session,
 * its journal's file handle and index included.
 */
class SessionMemoryTest {
    static {
        // Lets JOL read the fields of hidden classes (the session's clock and callbacks are lambdas).
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @TempDir
    Path dir;

    @Test
    void aSessionRetainsAFewBytesPerEventNotTheEvents() {
        try (FileJournal journal = FileJournal.open(dir.resolve("long.journal"))) {
            LongSessionHarness h = new LongSessionHarness(journal);
            Probe gbr = new Probe("GBR");
            h.session.attach(gbr, null, gbr.token());
            long[] at = {1_000, 20_000, 40_000};
            long[] bytes = new long[at.length];
            for (int i = 0; i < at.length; i++) {
                h.driveTo(at[i], gbr);
                gbr.events.clear();
                gbr.eventJson.clear();
                gbr.acks.clear();
                bytes[i] = GraphLayout.parseInstance(h.session).totalSize();
                System.out.printf("session memory: %,d bytes retained at %,d events%n", bytes[i], at[i]);
            }
            double perEventLate = (bytes[2] - bytes[1]) / (double) (at[2] - at[1]);
            double perEventEarly = (bytes[1] - bytes[0]) / (double) (at[1] - at[0]);
            System.out.printf("session memory: %.1f B/event from 1k to 20k, %.1f B/event from 20k to 40k%n",
                    perEventEarly, perEventLate);
            // The events themselves are several hundred bytes each in the heap: keeping them would cost far more.
            assertTrue(perEventLate < 50, "a session grows by " + perEventLate + " B per event between 20k and 40k events");
            assertTrue(perEventEarly < 50, "a session grows by " + perEventEarly + " B per event between 1k and 20k events");
        }
    }
}
