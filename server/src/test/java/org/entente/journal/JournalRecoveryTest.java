package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class JournalRecoveryTest {
    @TempDir
    Path dir;

    private Path journalOf(int events) {
        Path file = dir.resolve("s.journal");
        List<Recorded> batch = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            batch.add(new Recorded(i, 1000L + i, Role.nation("GBR"), "c" + i,
                    new MessagePosted("plenary", Role.nation("GBR"), "Ana", "message " + i)));
        }
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(batch);
        }
        return file;
    }

    @Test
    void aWholeJournalReadsBackExactly() throws Exception {
        Path file = journalOf(5);
        JournalRecovery.Result result = JournalRecovery.recover(file);
        assertEquals(5, result.events().size());
        assertFalse(result.tornTail());
        assertEquals("message 5", ((MessagePosted) result.events().get(4).event()).text());
    }

    @Test
    void aRecordCutShortByACrashIsCutAway() throws Exception {
        Path file = journalOf(3);
        long whole = Files.size(file);
        Files.write(file, "1234abcd {\"seq\":4,\"at\":".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        JournalRecovery.Result result = JournalRecovery.recover(file);
        assertEquals(3, result.events().size());
        assertTrue(result.tornTail());
        assertEquals(whole, Files.size(file), "the file is cut back to its last whole record");
        try (FileJournal journal = FileJournal.open(file)) {
            journal.append(List.of(new Recorded(4, 2000, null, null, new MessagePosted("plenary", Role.whiteCell(), null, "after"))));
        }
        assertEquals(4, JournalRecovery.read(file).events().size());
    }

    @Test
    void aDamagedLastRecordWithItsNewlineIsCorruptionNotATornTail() throws Exception {
        Path file = journalOf(3);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x01;
        Files.write(file, bytes);
        JournalCorruptException e = org.junit.jupiter.api.Assertions.assertThrows(JournalCorruptException.class,
                () -> JournalRecovery.recover(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("damage, not a torn write"), e.getMessage());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)), "the file is left as found");
    }

    @Test
    void damageBeforeTheTailIsReportedWithItsPlaceAndNeverSkipped() throws Exception {
        Path file = journalOf(4);
        String text = Files.readString(file).replace("message 2", "message X");
        Files.writeString(file, text);
        JournalCorruptException e = assertThrows(JournalCorruptException.class, () -> JournalRecovery.recover(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertEquals(text, Files.readString(file), "a corrupt journal is left as it was for inspection");
    }

    @Test
    void aMissingRecordIsReportedAsAGap() throws Exception {
        Path file = journalOf(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        JournalCorruptException e = assertThrows(JournalCorruptException.class, () -> JournalRecovery.recover(file));
        assertTrue(e.getMessage().contains("sequence 3 where 2 was due"), e.getMessage());
    }
}
