package org.entente.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.scenario.ScenarioLoader;
import org.entente.scenario.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario text and replayed logs made to hurt: too large, too slow to parse, naming what does not exist. */
class HostileInputTest {
    /** replay's exit status for input it cannot use (ReplayCommand.UNREADABLE). */
    private static final int UNREADABLE = 2;
    private static List<String> lines;

    @BeforeAll
    static void export(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(List.copyOf(ScriptedSession.play(11).log), dir.resolve("s.journal"));
        ReplayTest.Run run = ReplayTest.replay(journal.toString(), "--export", dir.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        lines = Files.readAllLines(dir.resolve("out").resolve("log.jsonl"));
    }

    @Test
    void aScenarioOverTheLimitIsRefusedByNameBeforeItIsParsed() {
        String huge = "id: x\ntitle: y\ndescription: " + "a".repeat(ScenarioLoader.MAX_BYTES) + "\n";
        long start = System.nanoTime();
        ValidationReport r = ScenarioLoader.validate(huge, "huge.yaml");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(r.valid());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("the limit is " + ScenarioLoader.MAX_BYTES), r.problems().toString());
        assertTrue(millis < 1000, millis + " ms");
    }

    @Test
    void aScenarioJustUnderTheLimitIsCheckedInLinearTime() {
        // Many small mappings: the shape that made an 8 MB file take 24 s.
        StringBuilder y = new StringBuilder("id: big\ntitle: Big\nnations:\n");
        int i = 0;
        while (y.length() < ScenarioLoader.MAX_BYTES - 200) {
            y.append("  - {id: N").append(i).append(", name: Nation ").append(i++).append(", power: 0.5}\n");
        }
        long start = System.nanoTime();
        ValidationReport r = ScenarioLoader.validate(y.toString(), "big.yaml");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(r.valid(), "not a valid scenario, but checked");
        assertTrue(millis < 20_000, "256 KiB of YAML checked in " + millis + " ms");
        System.out.println("HostileInputTest: a scenario of " + y.length() / 1024 + " KiB (" + i + " nations) checked in "
                + millis + " ms; " + r.problems().size() + " problems");
    }

    @Test
    void aReplayedLogWithAHugeScenarioIsRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        List<String> edited = new ArrayList<>();
        for (String line : lines) {
            JsonObject o = new JsonObject(line);
            JsonObject event = o.getJsonObject("event");
            if (event != null && "scenario.loaded".equals(event.getString("type"))) {
                event.put("scenarioYaml", event.getString("scenarioYaml") + "\n# " + "x".repeat(8 * 1024 * 1024));
            }
            edited.add(o.encode());
        }
        Path file = Files.write(dir.resolve("huge.jsonl"), edited);
        long start = System.nanoTime();
        ReplayTest.Run run = ReplayTest.replay(file.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(UNREADABLE, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("the limit is " + ScenarioLoader.MAX_BYTES), run.err());
        assertTrue(millis < 10_000, millis + " ms");
        System.out.println("HostileInputTest: a log with an 8 MiB scenarioYaml refused in " + millis + " ms: " + run.err().trim());
    }

    @Test
    void aMessageInAChannelNeverOpenedIsAClearErrorNotANullPointer(@TempDir Path dir) throws Exception {
        List<String> edited = new ArrayList<>();
        boolean changed = false;
        for (String line : lines) {
            JsonObject o = new JsonObject(line);
            JsonObject event = o.getJsonObject("event");
            if (!changed && event != null && "message.posted".equals(event.getString("type"))) {
                event.put("channel", "nowhere");
                changed = true;
            }
            edited.add(o.encode());
        }
        assertTrue(changed, "the scripted session has a message");
        Path file = Files.write(dir.resolve("nowhere.jsonl"), edited);
        ReplayTest.Run run = ReplayTest.replay(file.toString());
        assertEquals(UNREADABLE, run.status(), run.err());
        assertTrue(run.err().contains("channel 'nowhere', which no earlier event opened"), run.err());
        assertFalse(run.err().contains("NullPointer") || run.err().contains("null"), run.err());
    }

}
