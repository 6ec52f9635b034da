package org.entente.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.engine.Game;
import org.entente.engine.RulesVersion;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.SessionCreated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal records the rules it was adjudicated under; {@code replay --verify} recomputes only a
 * journal of this build's rules and refuses any other (exit 3, "OTHER RULES") rather than report
 * a difference that is a change of rules, not a fault.
 */
class RulesVersionReplayTest {
    private static List<Recorded> log;

    @BeforeAll
    static void playOnce() {
        Game g = ScriptedSession.play(1941);
        log = List.copyOf(g.log);
    }

    @Test
    void aNewSessionRecordsTheCurrentRulesAndVerifies(@TempDir Path dir) {
        SessionCreated created = (SessionCreated) log.get(0).event();
        assertEquals(RulesVersion.CURRENT, created.rules());
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        ReplayTest.Run run = ReplayTest.replay(journal.toString(), "--verify");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("rules      " + RulesVersion.CURRENT), run.out());
    }

    @Test
    void aJournalWrittenBeforeRulesWereRecordedIsRefusedByVerifyButStillReplays(@TempDir Path dir) throws Exception {
        Path journal = rewriteFirst(dir, "\"rules\":\"" + RulesVersion.CURRENT + "\"", null);
        ReplayTest.Run plain = ReplayTest.replay(journal.toString());
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().contains("rules      " + RulesVersion.EARLIER), plain.out());

        ReplayTest.Run run = ReplayTest.replay(journal.toString(), "--verify");
        assertEquals(3, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("verify     OTHER RULES: played under \"" + RulesVersion.EARLIER + "\""), run.out());
        assertTrue(run.err().contains("other rules"), run.err());
    }

    @Test
    void aJournalOfOtherNamedRulesIsRefused(@TempDir Path dir) throws Exception {
        Path journal = rewriteFirst(dir, "\"rules\":\"" + RulesVersion.CURRENT + "\"", "\"rules\":\"2099-01-01 future\"");
        ReplayTest.Run run = ReplayTest.replay(journal.toString(), "--verify");
        assertEquals(3, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("OTHER RULES: played under \"2099-01-01 future\""), run.out());
        // Refused before any recomputation: no difference is claimed.
        assertTrue(!run.out().contains("FAILED"), run.out());
    }

    /** The journal with its session.created's rules field replaced (or removed when {@code with} is null). */
    private static Path rewriteFirst(Path dir, String field, String with) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        String json = lines.get(0).substring(9);
        assertTrue(json.contains(field), json);
        String changed = with == null ? json.replace("," + field, "") : json.replace(field, with);
        lines.set(0, ReplayTest.crc(changed) + " " + changed);
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return journal;
    }
}
