package org.entente.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.bot.BotPlay;
import org.entente.engine.Role;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.entente.replay.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journal lines are composed from the event's JSON (serialised once for the line and every frame), not by
 * Jackson from the whole {@link Recorded}: they must read exactly as Jackson wrote them, whatever the event
 * and however hostile the client's command id.
 */
class EventCodecTest {

    private static String jackson(Recorded r) throws Exception {
        return EventCodec.MAPPER.writeValueAsString(r);
    }

    @Test
    void everyEventOfAPlayedGameIsWrittenAsJacksonWritesIt(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("game.journal");
        BotPlay.play(new BotPlay.Options("libya-2011", 3, Map.of(), null, journal, null));
        List<Recorded> events = LogFile.read(journal).events();
        for (Recorded r : events) {
            assertEquals(jackson(r), EventCodec.recordedJson(r), () -> "event " + r.seq());
            assertEquals(r, EventCodec.parseRecorded(EventCodec.recordedJson(r)));
        }
    }

    @Test
    void hostileCommandIdsAndTextsAreEscapedAsJacksonEscapesThem() {
        qt().withExamples(3000).withFixedSeed(23L)
                .forAll(strings().allPossible().ofLengthBetween(0, 40), strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert((id, text) -> {
                    Recorded r = new Recorded(7, 1_700_000_000_000L, Role.parse("FRA"), id,
                            new MessagePosted("bilateral:FRA+GBR", Role.parse("FRA"), "A \"quoted\" \\ author", text));
                    try {
                        assertEquals(jackson(r), EventCodec.recordedJson(r));
                        assertEquals(r, EventCodec.parseRecorded(EventCodec.recordedJson(r)));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void theSameEventIsSerialisedOnceForItsLineAndItsFrames() {
        MessagePosted e = new MessagePosted("plenary", Role.parse("FRA"), "x", "hello");
        String first = EventCodec.eventJson(e);
        EventCodec.recordedJson(new Recorded(1, 1, null, null, e));
        assertSame(first, EventCodec.eventJson(e));
    }
}
