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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Players negotiate over real websockets: who hears what, and what survives a dropped connection. */
@ExtendWith(VertxExtension.class)
class NegotiationProtocolTest {
    private TestServer server;
    private JsonObject session;
    private String a, b, c;
    private String tokenA, tokenB, tokenC;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dataDir) throws Exception {
        server = new TestServer(vertx, dataDir);
        session = server.createSession("grand-alliance-1941");
        JsonArray invites = session.getJsonArray("invites");
        a = invites.getJsonObject(0).getString("role");
        b = invites.getJsonObject(1).getString("role");
        c = invites.getJsonObject(2).getString("role");
        tokenA = invites.getJsonObject(0).getString("token");
        tokenB = invites.getJsonObject(1).getString("token");
        tokenC = invites.getJsonObject(2).getString("token");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String bilateral(String x, String y) {
        return x.compareTo(y) < 0 ? "bilateral:" + x + "+" + y : "bilateral:" + y + "+" + x;
    }

    @Test
    void welcomeCarriesTheRoleAndOnlyTheChannelsItMaySee() throws Exception {
        try (WsPeer pa = server.connect()) {
            JsonObject welcome = pa.join(tokenA, null);
            assertEquals(a, welcome.getString("role"));
            assertEquals(session.getString("id"), welcome.getString("session"));
            List<String> channels = welcome.getJsonObject("snapshot").getJsonArray("channels").stream()
                    .map(o -> ((JsonObject) o).getString("id")).toList();
            assertTrue(channels.containsAll(List.of("plenary", "team:" + a, "white-cell:" + a)), channels.toString());
            assertFalse(channels.contains("team:" + b) || channels.contains("white-cell:" + b), channels.toString());
            assertTrue(channels.stream().allMatch(id -> id.equals("plenary") || id.equals("council") || id.endsWith(":" + a)),
                    channels.toString());
        }
    }

    @Test
    void twoNationsTalkBilaterallyWhileAThirdHearsNothing() throws Exception {
        try (WsPeer pa = server.connect(); WsPeer pb = server.connect(); WsPeer pc = server.connect();
             WsPeer white = server.connect()) {
            pa.join(tokenA, null);
            pb.join(tokenB, null);
            long cStart = pc.join(tokenC, null).getLong("seq");
            white.join(session.getString("facilitatorToken"), null);

            String open = pa.command(new JsonObject().put("type", "openBilateral").put("with", b));
            JsonObject opened = pa.next("event");
            assertEquals("channel.opened", opened.getJsonObject("event").getString("type"));
            assertEquals(open, pa.next("ack").getString("id"));
            assertEquals(bilateral(a, b), pb.next("event").getJsonObject("event").getString("channel"));

            String secret = "We will land in North Africa in November.";
            pb.command(new JsonObject().put("type", "post").put("channel", bilateral(a, b)).put("text", secret));
            JsonObject heard = pa.next("event").getJsonObject("event");
            assertEquals(secret, heard.getString("text"));
            assertEquals(b, heard.getString("from"));
            pb.next("event");
            pb.next("ack");

            // The white cell sees everything; the third nation sees nothing, not even a gap in its numbering.
            assertEquals("channel.opened", white.next("event").getJsonObject("event").getString("type"));
            assertEquals(secret, white.next("event").getJsonObject("event").getString("text"));
            pc.expectSilence(300);
            pc.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Anyone?"));
            assertEquals(cStart + 1, pc.next("event").getLong("seq"));
            pc.next("ack");

            // Trying the private channel gets the same answer as a channel that does not exist.
            pc.command(new JsonObject().put("type", "post").put("channel", bilateral(a, b)).put("text", "Let me in"));
            JsonObject denied = pc.next("reject");
            pc.command(new JsonObject().put("type", "post").put("channel", "bilateral:AAA+ZZZ").put("text", "Hello?"));
            JsonObject noSuch = pc.next("reject");
            assertEquals("UNKNOWN_CHANNEL", denied.getString("code"));
            assertEquals("channel", denied.getString("field"));
            assertEquals(noSuch.getString("message").replace("bilateral:AAA+ZZZ", "X"),
                    denied.getString("message").replace(bilateral(a, b), "X"));

            // A fresh snapshot of the third nation holds no trace of the channel either.
            try (WsPeer again = server.connect()) {
                JsonObject snapshot = again.join(tokenC, null).getJsonObject("snapshot");
                assertFalse(snapshot.encode().contains(secret));
                assertFalse(snapshot.encode().contains(bilateral(a, b)));
            }
        }
    }

    /** An event is encoded once and shared by its recipients; each frame still carries the recipient's own position. */
    @Test
    void aPlenaryMessageReachesEveryoneIntactAtTheirOwnPositions() throws Exception {
        try (WsPeer pa = server.connect(); WsPeer pb = server.connect(); WsPeer pc = server.connect();
             WsPeer white = server.connect()) {
            long aStart = pa.join(tokenA, null).getLong("seq");
            long bStart = pb.join(tokenB, null).getLong("seq");
            pa.command(new JsonObject().put("type", "openBilateral").put("with", b));
            pa.next("event");
            pa.next("ack");
            pb.next("event");
            long cStart = pc.join(tokenC, null).getLong("seq");
            long whiteStart = white.join(session.getString("facilitatorToken"), null).getLong("seq");

            String text = "Ça va ? 北京 — “quotes” \\ \" 🙂 end";
            pc.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text));
            JsonObject toA = pa.next("event");
            JsonObject toB = pb.next("event");
            JsonObject toC = pc.next("event");
            JsonObject toWhite = white.next("event");
            for (JsonObject frame : List.of(toA, toB, toC, toWhite)) {
                assertEquals(text, frame.getJsonObject("event").getString("text"));
                assertEquals(c, frame.getString("actor"));
                assertEquals(toA.getLong("at"), frame.getLong("at"));
            }
            assertEquals(aStart + 2, toA.getLong("seq"));
            assertEquals(bStart + 2, toB.getLong("seq"));
            assertEquals(cStart + 1, toC.getLong("seq"));
            assertEquals(whiteStart + 1, toWhite.getLong("seq"));
        }
    }

    @Test
    void aPlayerWhoDropsResumesWithNoGapAndNoRepeat() throws Exception {
        long lastSeen;
        try (WsPeer pb = server.connect()) {
            pb.join(tokenB, null);
            try (WsPeer pa = server.connect()) {
                pa.join(tokenA, null);
                pa.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "one"));
                lastSeen = pa.next("event").getLong("seq");
                pa.next("ack");
            }
            pb.next("event");
            for (String text : List.of("two", "three", "four")) {
                pb.command(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text));
                pb.next("event");
                pb.next("ack");
            }
        }
        try (WsPeer back = server.connect()) {
            JsonObject welcome = back.join(tokenA, lastSeen);
            assertTrue(welcome.getBoolean("resumed"));
            List<JsonObject> frames = back.drain();
            List<JsonObject> missed = frames.stream().filter(m -> "event".equals(m.getString("type"))).toList();
            assertEquals("snapshot", frames.get(frames.size() - 1).getString("type"), "a fresh view follows the catch-up");
            assertEquals(List.of("two", "three", "four"),
                    missed.stream().map(m -> m.getJsonObject("event").getString("text")).toList());
            assertEquals(List.of(lastSeen + 1, lastSeen + 2, lastSeen + 3),
                    missed.stream().map(m -> m.getLong("seq")).toList());
        }
    }

    @Test
    void aCommandSentTwiceIsAppliedOnce() throws Exception {
        try (WsPeer pa = server.connect(); WsPeer pb = server.connect()) {
            pa.join(tokenA, null);
            pb.join(tokenB, null);
            JsonObject post = new JsonObject().put("type", "post").put("id", "retry-1").put("channel", "plenary").put("text", "once");
            pa.send(post);
            long seq = pa.next("event").getLong("seq");
            JsonObject first = pa.next("ack");
            pa.send(post);
            JsonObject second = pa.next("ack");
            assertFalse(first.getBoolean("duplicate"));
            assertTrue(second.getBoolean("duplicate"));
            assertEquals(seq, second.getLong("seq"));
            assertEquals("once", pb.next("event").getJsonObject("event").getString("text"));
            pb.expectSilence(300);
            TestServer.Response state = server.request(HttpMethod.GET, "/api/v1/sessions/" + session.getString("id"),
                    session.getString("facilitatorToken"), null);
            JsonObject plenary = state.json().getJsonArray("channels").stream().map(o -> (JsonObject) o)
                    .filter(ch -> ch.getString("id").equals("plenary")).findFirst().orElseThrow();
            assertEquals(1, plenary.getInteger("messages"));
        }
    }
}
