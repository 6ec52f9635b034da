package org.entente.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.bot.BotPlay;
import org.entente.engine.event.Recorded;
import org.entente.replay.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debrief of bot-played sessions: the learning objectives' verdicts agree with the adjudications in
 * the log, and a "what if" re-adjudicates a recorded turn by the same engine without touching the log.
 */
class DebriefTest {

    static List<Recorded> play(Path dir, String scenario, long seed, Map<String, String> policies) throws Exception {
        Path journal = dir.resolve(scenario + "-" + seed + ".journal");
        BotPlay.play(new BotPlay.Options(scenario, seed, policies, null, journal, null));
        return LogFile.read(journal).events();
    }

    @Test
    void aLightHandedLeaderFailsTheLessonThatASmartLeaderMeets(@TempDir Path dir) throws Exception {
        Debrief light = Debrief.of(play(dir, "vietnam-1964", 7, Map.of("USA", "light-handed-leader")));
        Debrief smart = Debrief.of(play(dir, "vietnam-1964", 7, Map.of()));
        LessonVerdict lightPay = lesson(light, "pay-the-indifferent");
        LessonVerdict smartPay = lesson(smart, "pay-the-indifferent");
        System.out.println(light.lessons().stream().map(l -> l.id() + " " + l.verdict() + " " + l.summary()).toList());
        System.out.println(smart.lessons().stream().map(l -> l.id() + " " + l.verdict() + " " + l.summary()).toList());
        assertEquals(Verdict.NOT_MET, lightPay.verdict(), lightPay.summary());
        assertEquals(Verdict.MET, smartPay.verdict(), smartPay.summary());
        assertTrue(lightPay.checks().stream().anyMatch(c -> !c.passed() && c.detail().contains("light handedness")),
                lightPay.checks().toString());
        assertEquals(light.turns().size(), lightPay.turns().size(), "a status for every adjudicated turn");
        assertEquals(Verdict.NOT_MET, lesson(light, "know-your-pull").verdict(), "the light-handed leader overestimates");
    }

    @Test
    void aWhatIfThatPaysBritainFlipsTheLightHandednessAndLeavesTheLogAlone(@TempDir Path dir) throws Exception {
        List<Recorded> log = play(dir, "vietnam-1964", 7, Map.of("USA", "light-handed-leader"));
        LessonVerdict pay = lesson(Debrief.of(log), "pay-the-indifferent");
        LessonVerdict.Check failed = pay.checks().stream().filter(c -> !c.passed() && c.subject().endsWith("GBR"))
                .findFirst().orElseThrow();
        int before = log.size();
        WhatIf.Result r = WhatIf.ask(log, new WhatIfRequest(failed.turn(), "free-world", "GBR", null, 0.9, null, 0.9,
                null, null, false));
        System.out.println(r);
        assertTrue(r.reproduced(), "the same engine gives the recorded adjudication again");
        assertEquals("LIGHT_HANDEDNESS", r.happened().judgement().failure());
        assertNotEquals("LIGHT_HANDEDNESS", r.whatIf().judgement().failure(), r.whatIf().judgement().explanation().toString());
        assertEquals(before, log.size());
        WhatIfException e = assertThrows(WhatIfException.class, () -> WhatIf.ask(log,
                new WhatIfRequest(99, "free-world", "GBR", null, null, null, null, null, null, false)));
        assertEquals("turn", e.field());
        e = assertThrows(WhatIfException.class, () -> WhatIf.ask(log,
                new WhatIfRequest(1, "free-world", "XXX", null, null, null, null, null, null, false)));
        assertEquals("partner", e.field());
    }

    @Test
    void aLessonWhoseSituationNeverAroseIsNotTested(@TempDir Path dir) throws Exception {
        Debrief d = Debrief.of(play(dir, "grand-alliance-1941", 21, Map.of()));
        System.out.println(d.lessons().stream().map(l -> l.id() + " " + l.verdict() + " " + l.summary()).toList());
        assertFalse(d.lessons().isEmpty());
        assertFalse(d.estimates().isEmpty());
    }

    private static LessonVerdict lesson(Debrief d, String id) {
        return d.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
