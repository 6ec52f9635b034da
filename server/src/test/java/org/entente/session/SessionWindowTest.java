package org.entente.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.engine.RecentCommands;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.FileJournal;
import org.entente.journal.JournalRecovery;
import org.entente.session.LongSessionHarness.Probe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session holds only its recent events and command ids; what it no longer holds comes from the journal. */
class SessionWindowTest {
    @TempDir
    Path dir;

    @Test
    void aResumeFromLongAgoGetsExactlyWhatTheRoleSawLiveReadFromTheJournal() throws Exception {
        try (FileJournal journal = FileJournal.open(dir.resolve("long.journal"))) {
            LongSessionHarness h = new LongSessionHarness(journal);
            Probe gbr = new Probe("GBR");
            Probe sunLive = new Probe("SUN");
            Probe usaLive = new Probe("USA");
            h.session.attach(gbr, null, gbr.token());
            h.session.attach(sunLive, null, sunLive.token());
            h.session.attach(usaLive, null, usaLive.token());
            h.driveTo(5000, gbr);

            for (Probe live : List.of(sunLive, usaLive)) {
                Probe resumed = new Probe(live.role.id());
                long from = 10;
                assertTrue(h.session.attach(resumed, from, resumed.token()));
                assertEquals(Boolean.TRUE, resumed.resumed);
                // The live probe joined after the opening events: it saw every position after its first.
                int skip = (int) (from + 1 - live.events.get(0)[0]);
                assertTrue(skip >= 0, "the live probe saw position " + (from + 1));
                List<long[]> expected = live.events.subList(skip, live.events.size());
                assertEquals(expected.size(), resumed.events.size(), live.role + ": how many events the resume sent");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i)[0], resumed.events.get(i)[0], "position");
                    assertEquals(expected.get(i)[1], resumed.events.get(i)[1], "log seq at position " + expected.get(i)[0]);
                    assertEquals(live.eventJson.get(skip + i), resumed.eventJson.get(i));
                }
                assertTrue(resumed.events.get(0)[1] < 5000 - 1024, "the resume reached back past the events held in memory");
            }
            assertTrue(sunLive.eventJson.stream().noneMatch(j -> j.contains(LongSessionHarness.BILATERAL)),
                    "SUN never sees the GBR-USA channel");

            List<Recorded> log = h.session.log();
            assertEquals(h.session.state().lastSeq(), log.size());
            List<Recorded> onDisk = JournalRecovery.read(journal.file()).events();
            for (int i = 0; i < log.size(); i++) {
                assertEquals(EventCodec.recordedJson(onDisk.get(i)), EventCodec.recordedJson(log.get(i)));
            }
        }
    }

    @Test
    void aResumeOverTheBudgetFromTheDiskGetsASnapshotInstead() throws Exception {
        try (FileJournal journal = FileJournal.open(dir.resolve("long.journal"))) {
            LongSessionHarness h = new LongSessionHarness(journal);
            Probe gbr = new Probe("GBR");
            h.session.attach(gbr, null, gbr.token());
            h.driveTo(3000, gbr);
            Probe late = new Probe("GBR", 10_000);
            h.session.attach(late, 5L, late.token());
            assertEquals(Boolean.FALSE, late.resumed);
            assertTrue(late.events.isEmpty());
        }
    }

    @Test
    void aDuplicateWithinTheWindowGetsItsOriginalAnswerAndOneBeyondItIsForgotten() throws Exception {
        try (FileJournal journal = FileJournal.open(dir.resolve("long.journal"))) {
            LongSessionHarness h = new LongSessionHarness(journal);
            Probe gbr = new Probe("GBR");
            Probe usa = new Probe("USA");
            h.session.attach(gbr, null, gbr.token());
            h.session.attach(usa, null, usa.token());
            h.session.submit(gbr, "first", new PostMessage("plenary", "the first", "Ana"));
            String firstAck = gbr.acks.get(gbr.acks.size() - 1);
            // Another role's commands do not push GBR's ids out of its window.
            for (int i = 0; i < 1500; i++) {
                h.session.submit(usa, "usa-" + i, new PostMessage("plenary", "u" + i, "Bo"));
            }
            long before = h.session.state().lastSeq();
            h.session.submit(gbr, "first", new PostMessage("plenary", "the first", "Ana"));
            assertEquals(firstAck + " duplicate", gbr.acks.get(gbr.acks.size() - 1), "the original position, long after");
            assertEquals(before, h.session.state().lastSeq(), "not applied again");

            for (int i = 1; i < RecentCommands.WINDOW; i++) {
                h.session.submit(gbr, "gbr-" + i, new PostMessage("plenary", "g" + i, "Ana"));
            }
            h.session.submit(gbr, "first", new PostMessage("plenary", "the first", "Ana"));
            assertTrue(gbr.acks.get(gbr.acks.size() - 1).endsWith("duplicate"), "still the 1,000th last command of GBR");
            h.session.submit(gbr, "gbr-" + RecentCommands.WINDOW, new PostMessage("plenary", "g", "Ana"));
            before = h.session.state().lastSeq();
            h.session.submit(gbr, "first", new PostMessage("plenary", "the first", "Ana"));
            assertEquals(before + 1, h.session.state().lastSeq(), "beyond the window an id is new again (documented)");
        }
    }
}
