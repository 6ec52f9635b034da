package org.entente.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.entente.cli.ReplayCommand;
import org.entente.engine.Game;
import org.entente.engine.Role;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A finished scripted session replays, verifies, filters and exports; a tampered result fails verification. */
class ReplayTest {
    private static List<Recorded> log;

    @BeforeAll
    static void playOnce() {
        Game g = ScriptedSession.play(1941);
        log = List.copyOf(g.log);
        assertNotNull(g.world().ended().orElse(null), "the scripted exercise ends");
    }

    record Run(int status, String out, String err) {
    }

    static Run replay(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReplayCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aFinishedSessionReplaysAndEveryAdjudicationVerifies(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        Run run = replay(journal.toString(), "--verify");
        assertEquals(0, run.status(), run.out() + run.err());
        long adjudications = log.stream().filter(r -> r.event() instanceof org.entente.engine.event.TurnAdjudicated).count();
        assertTrue(adjudications >= 4, "several turns: " + adjudications);
        assertTrue(run.out().contains("verified " + adjudications + " adjudications"), run.out());
        assertTrue(run.out().contains("events     " + log.size()), run.out());
        assertTrue(run.out().contains("final phase: ended"), run.out());
        assertTrue(run.out().contains("scores     USA"), run.out());

        // The same state as the live fold, to the last event.
        Replayer.Result result = Replayer.replay(LogFile.read(journal).events());
        assertEquals(log.size(), result.applied());
        assertEquals(EventCodec.MAPPER.valueToTree(org.entente.engine.RoleView.of(
                        org.entente.engine.SessionState.replay(log), Role.whiteCell())),
                EventCodec.MAPPER.valueToTree(org.entente.engine.RoleView.of(result.state(), Role.whiteCell())));
    }

    @Test
    void aTamperedResultFailsVerificationNamingTheTurnAndField(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        int tamperedTurn = -1;
        for (int i = 0; i < lines.size(); i++) {
            String json = lines.get(i).substring(9);
            if (json.contains("\"type\":\"turn.adjudicated\"") && json.contains("\"turn\":2,")) {
                Matcher m = Pattern.compile("\"contribution\":([0-9.]+)").matcher(json);
                assertTrue(m.find());
                double was = Double.parseDouble(m.group(1));
                String tampered = json.substring(0, m.start(1)) + (was + 1.5) + json.substring(m.end(1));
                lines.set(i, crc(tampered) + " " + tampered);
                tamperedTurn = 2;
                break;
            }
        }
        assertEquals(2, tamperedTurn, "found turn 2's adjudication");
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(0, replay(journal.toString()).status(), "still a well-formed journal");
        Run run = replay(journal.toString(), "--verify");
        assertEquals(1, run.status(), run.out() + run.err());
        System.out.println("tampered journal: " + run.out().lines().filter(l -> l.startsWith("verify")).findFirst().orElse(""));
        assertTrue(run.out().contains("turn 2: turn.adjudicated"), run.out());
        assertTrue(run.out().contains("adjudication.nations[") && run.out().contains("].contribution"), run.out());
        assertTrue(run.err().contains("verification failed at turn 2, field adjudication.nations["), run.err());
    }

    @Test
    void aCorruptRecordInTheMiddleIsReportedWithItsPosition(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        lines.set(9, lines.get(9).replace("\"seq\":10", "\"seq\":10 "));
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Run run = replay(journal.toString(), "--verify");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("at record 10 (byte "), run.err());

        Path notALog = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        assertEquals(2, replay(notALog.toString()).status());
        assertEquals(2, replay(dir.resolve("missing.journal").toString()).status());
    }

    @Test
    void toStopsAtASequenceNumber(@TempDir Path dir) {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        Run run = replay(journal.toString(), "--to", "40");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("events     40 (to seq 40 of " + log.size() + ")"), run.out());
        assertFalse(run.out().contains("scores"), run.out());
        Run verified = replay(journal.toString(), "--to", "40", "--verify");
        assertEquals(0, verified.status(), verified.out());
    }

    @Test
    void asGbrShowsOnlyWhatBritainSaw(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        Path out = dir.resolve("gbr");
        Run run = replay(journal.toString(), "--as", "GBR", "--export", out.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("as         GBR"), run.out());
        assertFalse(run.out().contains("SUN → "), "no other nation's estimates: " + run.out());
        List<String> lines = Files.readAllLines(out.resolve("log.jsonl"));
        assertTrue(lines.size() < log.size());
        long position = 0;
        int reports = 0;
        for (String line : lines) {
            JsonNode r = EventCodec.MAPPER.readTree(line);
            assertEquals(++position, r.get("seq").asLong(), "GBR's own gap-free numbering");
            JsonNode e = r.get("event");
            String type = e.get("type").asText();
            assertFalse(List.of("turn.adjudicated", "scenario.loaded", "access.issued", "note.added", "result.overridden",
                    "crisis.applied").contains(type), type);
            if (type.equals("message.posted") || type.equals("channel.opened")) {
                String channel = e.get("channel").asText();
                assertFalse(channel.startsWith("bilateral:") && !channel.contains("GBR"), line);
                assertFalse(channel.startsWith("team:") && !channel.equals("team:GBR"), line);
            }
            if (type.equals("offer.made")) {
                JsonNode o = e.get("offer");
                assertTrue(o.get("from").asText().equals("GBR") || o.get("to").asText().equals("GBR"), line);
            }
            if (type.equals("offer.answered")) {
                assertTrue(e.get("from").asText().equals("GBR") || e.get("to").asText().equals("GBR"), line);
            }
            if (type.equals("turn.report")) {
                assertEquals("GBR", e.get("report").get("nation").asText());
                reports++;
            }
            if (r.hasNonNull("commandId")) {
                assertEquals("GBR", r.get("actor").asText(), "no other role's command ids");
            }
        }
        assertTrue(reports >= 4);
        String all = String.join("\n", lines);
        assertFalse(all.contains("keep this between us"), "the USA–SUN bilateral stays private");
        String offers = Files.readString(out.resolve("offers.csv"));
        assertFalse(offers.contains(",FRA,") && offers.contains("abandonment"), "the threat to France is not Britain's business");
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("Midway"), "the override is the white cell's");
        assertFalse(html.contains("wavered"), "notes are the white cell's");

        // The filter is the Audience's: a nation sees exactly what it would have been sent live.
        List<RoleFilter.Seen> sun = RoleFilter.seenBy(log, Role.nation("SUN"));
        assertTrue(sun.stream().anyMatch(s -> s.recorded().event() instanceof org.entente.engine.event.MessagePosted m
                && m.text().contains("keep this between us")));
    }

    @Test
    void exportsRoundTripAndTabulate(@TempDir Path dir) throws Exception {
        Path journal = ScriptedSession.journal(log, dir.resolve("s.journal"));
        Path out = dir.resolve("all");
        Run run = replay(journal.toString(), "--export", out.toString());
        assertEquals(0, run.status(), run.err());

        // JSON Lines round-trip: the same events, and the export replays (and verifies) like the journal.
        List<Recorded> back = LogFile.parseJsonLines("log.jsonl", Files.readAllBytes(out.resolve("log.jsonl")));
        assertEquals(log, back);
        Run again = replay(out.resolve("log.jsonl").toString(), "--verify");
        assertEquals(0, again.status(), again.out() + again.err());
        assertTrue(again.out().contains("JSON Lines export"), again.out());

        Timeline t = Timeline.of(Timeline.whole(log), Role.whiteCell());
        List<String> rel = Files.readAllLines(out.resolve("relationships.csv"));
        assertTrue(rel.get(0).startsWith("turn,coalition,leader,partner,soft_power"), rel.get(0));
        int expected = t.turns().stream().mapToInt(turn -> turn.relationships().size()).sum();
        assertEquals(expected + 1, rel.size(), "a header and one row per relationship per turn");
        int relationshipsPerTurn = t.turns().get(0).relationships().size();
        assertEquals(t.turns().size() * relationshipsPerTurn, expected);
        List<String> nations = Files.readAllLines(out.resolve("nations.csv"));
        assertTrue(nations.get(0).startsWith("turn,nation,coalition,contribution,effective"), nations.get(0));
        assertEquals(t.turns().size() * 5 + 1, nations.size());
        List<String> offers = Files.readAllLines(out.resolve("offers.csv"));
        assertTrue(offers.size() > 1 + 2 * t.turns().size());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "inline SVG charts");
        assertTrue(html.contains("Soft power per relationship") && html.contains("War progress") && html.contains("Cost share"));
        assertFalse(html.contains("<script"), "no script");
        assertTrue(html.contains("Turning points"));
        assertTrue(html.contains("Stalingrad"), "the crisis is a turning point");
        assertTrue(html.contains("Midway"), "the override, with its reason");
        assertTrue(html.contains("wavered"), "the white cell's note");
        assertTrue(t.turningPoints().stream().anyMatch(p -> p.kind().equals("failure")), "a flagged failure: " + t.turningPoints());
        assertTrue(t.turningPoints().stream().anyMatch(p -> p.kind().equals("override")));
        assertTrue(t.turningPoints().stream().anyMatch(p -> p.kind().startsWith("crisis")));
    }

    static String crc(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    static List<String> types(List<Recorded> events) {
        List<String> out = new ArrayList<>();
        events.forEach(r -> out.add(Replayer.typeOf(r)));
        return out;
    }
}
