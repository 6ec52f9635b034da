package org.entente.web.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.entente.engine.Role;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.junit.jupiter.api.Test;

/** The hand-built frames (no JSON tree, shared bytes) must say exactly what a JSON tree would. */
class ServerMessagesTest {

    @Test
    void anAcknowledgementEscapesAnyIdAsJacksonWould() {
        qt().withExamples(1000).withFixedSeed(19L)
                .forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 40).map(ServerMessagesTest::validUtf16), longs().between(0, Long.MAX_VALUE))
                .checkAssert((id, seq) -> assertEquals(treeAck(id, seq, seq % 2 == 0), ServerMessages.ack(id, seq, seq % 2 == 0)));
        assertEquals(treeAck(null, 7, false), ServerMessages.ack(null, 7, false));
        assertEquals(treeAck("\uD83D\uDE42 \"x\"\n", 7, false), ServerMessages.ack("\uD83D\uDE42 \"x\"\n", 7, false));
    }

    @Test
    void aSnapshotFrameFromSharedBytesCarriesTheViewWholeAtItsPosition() {
        qt().withExamples(500).withFixedSeed(23L)
                .forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 200).map(ServerMessagesTest::validUtf16), longs().between(0, Long.MAX_VALUE))
                .checkAssert((briefing, seq) -> {
                    ObjectNode view = EventCodec.MAPPER.createObjectNode().put("briefing", briefing).put("turn", 3);
                    String viewJson = EventCodec.MAPPER.valueToTree(view).toString();
                    String frame = new String(ServerMessages.snapshotHead(seq), StandardCharsets.UTF_8)
                            + new String(ServerMessages.snapshotTail(viewJson), StandardCharsets.UTF_8);
                    JsonNode parsed = parse(frame);
                    assertEquals("snapshot", parsed.get("type").asText());
                    assertEquals(seq, parsed.get("seq").asLong());
                    assertEquals(view, parsed.get("snapshot"));
                });
    }

    @Test
    void anEventFrameFromSharedBytesIsTheSameFrameAsText() {
        qt().withExamples(1000).withFixedSeed(19L)
                .forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 200).map(ServerMessagesTest::validUtf16), longs().between(1, Long.MAX_VALUE))
                .checkAssert((text, seq) -> {
                    Recorded r = new Recorded(42, 1_700_000_000_000L, Role.nation("FRA"), "c-1",
                            new MessagePosted("plenary", Role.nation("FRA"), "Claire", text));
                    String json = EventCodec.eventJson(r.event());
                    String asText = ServerMessages.event(seq, r, json);
                    String fromBytes = new String(ServerMessages.eventHead(seq), StandardCharsets.UTF_8)
                            + new String(ServerMessages.eventTail(r, json), StandardCharsets.UTF_8);
                    assertEquals(asText, fromBytes);
                    JsonNode frame = parse(fromBytes);
                    assertEquals(seq, frame.get("seq").asLong());
                    assertEquals("FRA", frame.get("actor").asText());
                    assertEquals(text, frame.get("event").get("text").asText());
                });
    }

    /** Text reaches the server as UTF-8, which cannot carry a lone surrogate: such a string never gets here. */
    private static String validUtf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String treeAck(String id, long seq, boolean duplicate) {
        ObjectNode n = EventCodec.MAPPER.createObjectNode();
        n.put("type", "ack");
        n.put("id", id);
        n.put("seq", seq);
        n.put("duplicate", duplicate);
        try {
            return EventCodec.MAPPER.writeValueAsString(n);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return EventCodec.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
