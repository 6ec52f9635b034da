package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.engine.Role;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many journals recovered at once on start (issue 19): every session handed over once, damage still refused. */
class JournalStoreRecoveryTest {
    @TempDir
    Path dataDir;

    private static List<Recorded> events(int n, String tag) {
        List<Recorded> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Recorded(i, i, Role.nation("GBR"), null, new MessagePosted("plenary", Role.nation("GBR"), "Ana", tag + " " + i)));
        }
        return out;
    }

    @Test
    void everySessionIsHostedOnceInParallelAndDamageIsStillRefused() throws Exception {
        try (JournalStore store = new JournalStore(dataDir)) {
            for (int s = 0; s < 40; s++) {
                try (FileJournal j = store.create("s" + s)) {
                    j.append(events(300 + s, "s" + s));
                }
            }
            Path sessions = dataDir.resolve("sessions");
            Files.write(sessions.resolve("s3.journal"), "1234abcd {\"seq\":304".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
            String damaged = Files.readString(sessions.resolve("s7.journal")).replace("s7 5", "s7 X");
            Files.writeString(sessions.resolve("s7.journal"), damaged);

            Map<String, Integer> hosted = new ConcurrentHashMap<>();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            JournalStore.Recovery recovery = store.recoverEach(4, (id, evs, journal) -> {
                threads.add(Thread.currentThread().getName());
                if (hosted.put(id, evs.size()) != null) {
                    throw new AssertionError(id + " hosted twice");
                }
                if (id.equals("s11")) {
                    throw new IllegalStateException("cannot fold");
                }
                // What the host is given reads back from the disk.
                assertEquals(evs.get(evs.size() - 1).seq(), journal.read(evs.size(), evs.size()).get(0).seq());
            });
            assertEquals(39, hosted.size(), "every journal but the damaged one reached the host");
            assertEquals(303, hosted.get("s3"), "the torn tail was cut");
            assertEquals(38, recovery.sessions().size());
            assertEquals(List.of("s11.journal", "s7.journal"),
                    recovery.refused().stream().map(r -> r.file().getFileName().toString()).sorted().toList());
            assertTrue(recovery.refused().stream().anyMatch(r -> r.reason().contains("could not be rebuilt")));
            assertTrue(recovery.sessions().stream().allMatch(r -> r.eventCount() > 0));
            recovery.sessions().forEach(r -> r.journal().close());
        }
    }
}
