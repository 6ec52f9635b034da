package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each white-cell action over the real interfaces, and exactly who learns of it. */
@ExtendWith(VertxExtension.class)
class WhiteCellTest {
    private TestServer server;
    private JsonObject session;
    private WsPeer white;
    private WsPeer usa;
    private WsPeer gbr;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        server = new TestServer(vertx, dir);
        session = server.createSession("grand-alliance-1941");
        white = server.connect();
        white.join(session.getString("facilitatorToken"), null);
        usa = server.connect();
        usa.join(token("USA"), null);
        gbr = server.connect();
        gbr.join(token("GBR"), null);
        white.ok(new JsonObject().put("type", "startExercise"));
    }

    @AfterEach
    void stop() throws Exception {
        white.close();
        usa.close();
        gbr.close();
        server.close();
    }

    private String token(String nation) {
        return session.getJsonArray("invites").stream().map(o -> (JsonObject) o)
                .filter(i -> i.getString("role").equals(nation)).findFirst().orElseThrow().getString("token");
    }

    private static List<String> eventTypes(List<JsonObject> frames) {
        return frames.stream().filter(f -> "event".equals(f.getString("type")))
                .map(f -> f.getJsonObject("event").getString("type")).toList();
    }

    @Test
    void closingAPhaseTwiceFromTheSameScreenClosesItOnce() throws Exception {
        JsonObject fromNegotiation = new JsonObject().put("turn", 1).put("phase", "negotiation");
        white.ok(new JsonObject().put("type", "advancePhase").put("from", fromNegotiation));
        JsonObject second = white.call(new JsonObject().put("type", "advancePhase").put("from", fromNegotiation));
        assertEquals("PHASE_ALREADY_CLOSED", second.getString("code"), second.encode());
        assertEquals("from", second.getString("field"));
        assertTrue(second.getString("message").contains("turn 1, council"), second.getString("message"));
        JsonObject bad = white.call(new JsonObject().put("type", "advancePhase").put("from", new JsonObject().put("turn", 1).put("phase", "tea")));
        assertEquals("INVALID_FIELD", bad.getString("code"));
        assertTrue(bad.getString("field").contains("phase"), bad.encode());
        try (WsPeer fresh = server.connect()) {
            JsonObject clock = fresh.join(token("USA"), null).getJsonObject("snapshot").getJsonObject("game").getJsonObject("clock");
            assertEquals(1, clock.getInteger("turn"));
            assertEquals("council", clock.getString("phase"), "one phase closed, not two");
        }
        white.ok(new JsonObject().put("type", "advancePhase").put("from", new JsonObject().put("turn", 1).put("phase", "council")));
    }

    @Test
    void aCrisisToldToOneNationReachesOnlyItAndChangesTheGame() throws Exception {
        white.ok(new JsonObject().put("type", "playCrisis").put("card", "pearl-harbor").put("tell", new JsonArray().add("USA")));
        assertEquals("Pearl Harbor", usa.awaitEvent("crisis.announced").getJsonObject("event").getString("title"));
        assertTrue(eventTypes(white.seen).contains("crisis.applied"), "the white cell sees exactly what changed");
        List<JsonObject> gbrFrames = gbr.drain();
        assertFalse(eventTypes(gbrFrames).contains("crisis.announced"), "Britain was not told");
        assertFalse(eventTypes(usa.drain()).contains("crisis.applied"), "nations see the news, not the white cell's ledger");
        JsonObject view = new JsonObject();
        try (WsPeer fresh = server.connect()) {
            view = fresh.join(token("USA"), null).getJsonObject("snapshot").getJsonObject("game").getJsonObject("you");
        }
        assertTrue(view.getDouble("extraction") > 0.8, "Pearl Harbor raised America's extraction: " + view.getDouble("extraction"));
    }

    @Test
    void aComposedCrisisOutOfRangeIsRefusedWithItsFieldAndAValidOneStrikes() throws Exception {
        JsonObject bad = new JsonObject().put("title", "Blitz").put("text", "London burns")
                .put("effects", new JsonArray().add(new JsonObject().put("kind", "publicSupport").put("delta", 5)));
        JsonObject refusal = white.call(new JsonObject().put("type", "composeCrisis").put("card", bad));
        assertEquals("INVALID_CARD", refusal.getString("code"));
        assertTrue(refusal.getString("field").contains("effects[0]"), refusal.encode());
        JsonObject good = bad.copy().put("effects", new JsonArray().add(new JsonObject().put("kind", "publicSupport").put("delta", -0.2)));
        white.ok(new JsonObject().put("type", "composeCrisis").put("card", good).put("targets", new JsonArray().add("GBR")));
        assertEquals("Blitz", gbr.awaitEvent("crisis.announced").getJsonObject("event").getString("title"));
    }

    @Test
    void aLockedChannelRefusesThePlayersPostsUntilReopenedAndOnlyItsReadersHearOfIt() throws Exception {
        // A nation cannot lock; the white cell's own channel with a nation cannot be locked.
        assertEquals("WHITE_CELL_ONLY", usa.call(new JsonObject().put("type", "lockChannel").put("channel", "plenary")).getString("code"));
        assertEquals("channel", white.call(new JsonObject().put("type", "lockChannel").put("channel", "white-cell:USA")).getString("field"));
        assertEquals("UNKNOWN_CHANNEL", white.call(new JsonObject().put("type", "lockChannel").put("channel", "nope")).getString("code"));

        usa.ok(new JsonObject().put("type", "openBilateral").put("with", "SUN"));
        white.ok(new JsonObject().put("type", "lockChannel").put("channel", "plenary").put("reason", "Silence before the vote"));
        JsonObject told = gbr.awaitEvent("channel.locked").getJsonObject("event");
        assertEquals("Silence before the vote", told.getString("reason"));
        JsonObject refused = usa.call(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "But wait"));
        assertEquals("CHANNEL_LOCKED", refused.getString("code"));
        assertEquals("channel", refused.getString("field"));
        white.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "The white cell still speaks"));
        assertEquals("NO_CHANGE", white.call(new JsonObject().put("type", "lockChannel").put("channel", "plenary")).getString("code"));
        try (WsPeer fresh = server.connect()) {
            JsonArray channels = fresh.join(token("GBR"), null).getJsonObject("snapshot").getJsonArray("channels");
            JsonObject plenary = channels.stream().map(o -> (JsonObject) o).filter(c -> c.getString("id").equals("plenary")).findFirst().orElseThrow();
            assertTrue(plenary.getBoolean("locked"), "a reload shows the lock");
        }

        // A bilateral's lock reaches its two nations only: Britain does not learn the channel exists.
        gbr.drain();
        white.ok(new JsonObject().put("type", "lockChannel").put("channel", "bilateral:SUN+USA"));
        usa.awaitEvent("channel.locked");
        assertFalse(eventTypes(gbr.drain()).contains("channel.locked"), "another pair's channel stays private");

        white.ok(new JsonObject().put("type", "lockChannel").put("channel", "plenary").put("locked", false));
        usa.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Now we talk"));
    }

    @Test
    void aCrisisSetForALaterTurnStrikesWhenThatTurnBegins() throws Exception {
        white.ok(new JsonObject().put("type", "playCrisis").put("card", "stalingrad").put("atTurn", 2));
        assertFalse(eventTypes(usa.drain()).contains("crisis.announced"), "not yet");
        for (int i = 0; i < 4; i++) {
            white.ok(new JsonObject().put("type", "advancePhase"));
        }
        assertEquals("Stalingrad", usa.awaitEvent("crisis.announced").getJsonObject("event").getString("title"));
    }

    @Test
    void pauseStopsMovesButNotTalkAndResumeGivesBackTheTimeLeft() throws Exception {
        white.ok(new JsonObject().put("type", "pauseClock").put("reason", "Discuss Britain's position"));
        assertEquals("Discuss Britain's position", usa.awaitEvent("clock.paused").getJsonObject("event").getString("reason"));
        JsonObject refused = usa.call(new JsonObject().put("type", "makeOffer").put("to", "GBR").put("kind", "aid").put("amount", 1));
        assertEquals("PAUSED", refused.getString("code"));
        usa.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "We can still talk"));
        white.ok(new JsonObject().put("type", "resumeClock"));
        long deadline = gbr.awaitEvent("clock.resumed").getJsonObject("event").getLong("deadline");
        assertTrue(deadline > System.currentTimeMillis() + 60_000, "the negotiation phase's time was given back");
        usa.ok(new JsonObject().put("type", "makeOffer").put("to", "GBR").put("kind", "aid").put("amount", 1));
    }

    @Test
    void aPhaseCanBeLengthenedOrShortenedAndTheExerciseEndedWithAReason() throws Exception {
        long before = server.request(HttpMethod.GET, "/api/v1/sessions/" + session.getString("id"),
                session.getString("facilitatorToken"), null).json().getLong("deadline");
        white.ok(new JsonObject().put("type", "adjustClock").put("seconds", 120).put("reason", "A good debate"));
        JsonObject moved = gbr.awaitEvent("clock.moved").getJsonObject("event");
        assertTrue(moved.getLong("deadline") >= before + 119_000, "two minutes more for everyone");
        white.ok(new JsonObject().put("type", "adjustClock").put("seconds", -3600));
        long shortened = usa.awaitEvent("clock.moved").getJsonObject("event").getLong("deadline");
        assertTrue(shortened - System.currentTimeMillis() >= 5_000, "never shorter than the floor");
        assertEquals("reason", white.call(new JsonObject().put("type", "endExercise").put("reason", "")).getString("field"));
        assertEquals("WHITE_CELL_ONLY", usa.call(new JsonObject().put("type", "endExercise").put("reason", "I win")).getString("code"));
        white.ok(new JsonObject().put("type", "endExercise").put("reason", "Out of time: hot wash now"));
        JsonObject ended = gbr.awaitEvent("exercise.ended").getJsonObject("event");
        assertEquals("Out of time: hot wash now", ended.getString("reason"));
        assertEquals(5, ended.getJsonArray("scores").size());
    }

    @Test
    void anOverrideKeepsTheOriginalAndTheReasonForTheWhiteCellOnly() throws Exception {
        white.ok(new JsonObject().put("type", "override").put("reason", "The class agreed Britain trusts America more")
                .put("set", new JsonObject().put("kind", "affinity").put("from", "GBR").put("toward", "USA").put("value", 0.95)));
        JsonObject overridden = white.awaitEvent("result.overridden").getJsonObject("event");
        assertEquals("The class agreed Britain trusts America more", overridden.getString("reason"));
        assertTrue(overridden.getJsonArray("was").getString(0).contains("0.700"), overridden.encode());
        assertFalse(eventTypes(gbr.drain()).contains("result.overridden"));
        JsonObject refused = white.call(new JsonObject().put("type", "override").put("reason", " ")
                .put("set", new JsonObject().put("kind", "progress").put("coalition", "grand-alliance").put("value", 0.5)));
        assertEquals("reason", refused.getString("field"));
    }

    @Test
    void notesStayWithTheWhiteCellAnnouncementsReachEveryoneAndAWhiteCellChannelOneNation() throws Exception {
        white.ok(new JsonObject().put("type", "addNote").put("text", "USA hesitates over conditions"));
        white.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Ten minutes left in this phase"));
        white.ok(new JsonObject().put("type", "post").put("channel", "white-cell:GBR").put("text", "Consider asking for a seat"));
        List<JsonObject> usaFrames = usa.drain();
        List<JsonObject> gbrFrames = gbr.drain();
        assertFalse(usaFrames.toString().contains("hesitates") || gbrFrames.toString().contains("hesitates"));
        assertTrue(usaFrames.toString().contains("Ten minutes left") && gbrFrames.toString().contains("Ten minutes left"));
        assertTrue(gbrFrames.toString().contains("Consider asking for a seat"));
        assertFalse(usaFrames.toString().contains("Consider asking for a seat"));
    }

    @Test
    void twoFacilitatorsActingAtOnceNeverCorruptTheSession() throws Exception {
        TestServer.Response invite = server.request(HttpMethod.POST, "/api/v1/sessions/" + session.getString("id") + "/invites",
                session.getString("facilitatorToken"), new JsonObject().put("role", "WHITE_CELL").encode());
        assertEquals(201, invite.status());
        try (WsPeer second = server.connect()) {
            second.join(invite.json().getString("token"), null);
            CompletableFuture<JsonObject> a = CompletableFuture.supplyAsync(() -> call(white, "advancePhase"));
            CompletableFuture<JsonObject> b = CompletableFuture.supplyAsync(() -> call(second, "advancePhase"));
            assertEquals("ack", a.get().getString("type"));
            assertEquals("ack", b.get().getString("type"));
            JsonObject state = server.request(HttpMethod.GET, "/api/v1/sessions/" + session.getString("id"),
                    session.getString("facilitatorToken"), null).json();
            assertEquals("orders", state.getString("phase"), "two advances from negotiation, each applied once, in order");
        }
    }

    private static JsonObject call(WsPeer peer, String type) {
        try {
            return peer.call(new JsonObject().put("type", type));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
