package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.Role;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ranges of a journal back from the disk, through its sparse index (a session keeps only its tail in memory). */
class FileJournalReadTest {
    @TempDir
    Path dir;

    private static Recorded event(long seq) {
        // Texts of varying length (and non-ASCII), so that byte offsets are not a multiple of anything.
        String text = "message " + seq + " é".repeat((int) (seq % 7));
        return new Recorded(seq, 1000L + seq, Role.nation("GBR"), "c" + seq, new MessagePosted("plenary", Role.nation("GBR"), "Ana", text));
    }

    private static List<Recorded> events(long from, long to) {
        List<Recorded> out = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            out.add(event(s));
        }
        return out;
    }

    private static void assertSeqs(long from, long to, List<Recorded> read) {
        assertEquals(to - from + 1, read.size(), "how many events " + from + ".." + to + " read back");
        for (int i = 0; i < read.size(); i++) {
            assertEquals(from + i, read.get(i).seq());
            assertEquals(EventCodec.recordedJson(event(from + i)), EventCodec.recordedJson(read.get(i)));
        }
    }

    @Test
    void everyRangeAroundTheIndexStridesReadsBackExactly() {
        Path file = dir.resolve("s.journal");
        try (FileJournal journal = FileJournal.open(file)) {
            // Written in uneven batches, so that index entries fall inside batches.
            long seq = 1;
            for (int size : new int[] {1, 255, 2, 300, 17, 1, 600}) {
                journal.append(events(seq, seq + size - 1));
                seq += size;
            }
            long last = seq - 1;
            long[][] ranges = {{1, 1}, {1, last}, {255, 258}, {256, 256}, {257, 257}, {512, 513}, {513, 769}, {last, last},
                    {last - 300, last}, {100, 100}, {1000, 1100}};
            for (long[] r : ranges) {
                assertSeqs(r[0], r[1], journal.read(r[0], r[1]));
            }
            assertSeqs(1000, last, journal.read(1000, Long.MAX_VALUE));
            assertTrue(journal.read(last + 1, last + 5).isEmpty(), "nothing beyond the end");
            assertTrue(journal.read(10, 9).isEmpty(), "an empty range");
            assertSeqs(1, last, journal.readAll());
        }
    }

    @Test
    void aReopenedJournalIndexesWhatItHoldsAndKeepsAppending() throws Exception {
        Path file = dir.resolve("s.journal");
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(events(1, 700));
        }
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(events(701, 800));
            assertSeqs(250, 790, journal.read(250, 790));
        }
        JournalRecovery.Result recovered = JournalRecovery.recover(file);
        try (FileJournal journal = FileJournal.open(file, recovered)) {
            journal.append(events(801, 900));
            assertSeqs(1, 900, journal.read(1, 900));
            assertSeqs(768, 769, journal.read(768, 769));
        }
    }

    @Test
    void aTornTailCutOnRecoveryIsNeitherReadNorKeptBeforeTheNextRecord() throws Exception {
        Path file = dir.resolve("s.journal");
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(events(1, 300));
        }
        Files.write(file, "1234abcd {\"seq\":301,\"at\":".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        JournalRecovery.Result recovered = JournalRecovery.recover(file);
        assertEquals(300, recovered.events().size());
        try (FileJournal journal = FileJournal.open(file, recovered)) {
            assertTrue(journal.read(301, 301).isEmpty());
            journal.append(events(301, 520));
            assertSeqs(290, 520, journal.read(290, 520));
        }
        assertEquals(520, JournalRecovery.read(file).events().size(), "the file holds whole records only");
    }

    @Test
    void aRecordDamagedOnDiskAfterItWasWrittenIsRefusedOnRead() throws Exception {
        Path file = dir.resolve("s.journal");
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(events(1, 10));
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8).replace("message 5", "massage 5");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> journal.read(5, 5));
            assertTrue(e.getMessage().contains("event 5"), e.getMessage());
            assertSeqs(6, 10, journal.read(6, 10));
        }
    }

    @Test
    void theIndexHoldsOneOffsetPerStride() {
        SparseIndex index = new SparseIndex();
        for (int i = 0; i < 1000; i++) {
            index.next(i * 10L);
        }
        assertEquals(1000, index.records());
        assertEquals(257, index.indexedSeqAtOrBefore(300));
        assertEquals(2560, index.offsetOf(257));
        assertEquals(5120, index.offsetOfIndexedAfter(300));
        assertEquals(-1, index.offsetOfIndexedAfter(800), "no record after 1000 is indexed yet");
        assertThrows(IllegalArgumentException.class, () -> index.offsetOf(258));
    }
}
