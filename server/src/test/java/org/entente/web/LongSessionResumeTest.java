package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client resumes from position 10 of a 5,000-event session over the real websocket (issue 19): the
 * session holds only its last 1,024 events in memory, so most of the catch-up is read from the journal,
 * and it must be exactly what the role saw live, in order — nothing of the bilateral it is not party to.
 */
@ExtendWith(VertxExtension.class)
class LongSessionResumeTest {
    private static final String BILATERAL = "bilateral:GBR+USA";

    @Test
    void aResumeFromPosition10Of5000EventsGetsExactlyWhatTheRoleMaySeeInOrder(Vertx vertx, @TempDir Path dataDir) throws Exception {
        try (TestServer server = new TestServer(vertx, dataDir); WsPeer gbr = server.connect(); WsPeer sunLive = server.connect()) {
            JsonObject session = server.createSession("grand-alliance-1941");
            String gbrToken = TestServer.inviteToken(session, "GBR");
            String sunToken = TestServer.inviteToken(session, "SUN");
            gbr.join(gbrToken, null);
            long sunStart = sunLive.join(sunToken, null).getLong("seq");
            assertTrue(sunStart <= 10, "SUN starts at position " + sunStart);

            gbr.command(new JsonObject().put("type", "openBilateral").put("with", "USA"));
            long lastSeq = 0;
            int sent = 0;
            int acked = 0;
            // Commands in flight up to a window, as a busy client sends them: two bilateral posts to one plenary.
            while (lastSeq < 5000) {
                while (sent - acked < 100) {
                    sent++;
                    String channel = sent % 3 == 0 ? "plenary" : BILATERAL;
                    gbr.command(new JsonObject().put("type", "post").put("channel", channel).put("text", "message " + sent));
                }
                JsonObject m = gbr.next();
                if ("ack".equals(m.getString("type"))) {
                    acked++;
                } else if ("event".equals(m.getString("type"))) {
                    lastSeq = m.getLong("seq"); // GBR sees every message it posts, so its position tracks the log
                }
            }
            while (acked < sent) { // every post in flight lands before SUN's live view is taken
                if ("ack".equals(gbr.next().getString("type"))) {
                    acked++;
                }
            }
            List<JsonObject> live = new ArrayList<>();
            for (JsonObject m : sunLive.drain()) {
                if ("event".equals(m.getString("type"))) {
                    live.add(m);
                }
            }
            long sunLast = live.get(live.size() - 1).getLong("seq");
            assertTrue(sunLast > 1500, "SUN saw " + sunLast + " events live");
            assertTrue(live.stream().noneMatch(m -> m.encode().contains(BILATERAL)), "SUN never sees the GBR-USA channel");

            try (WsPeer sunResumed = server.connect()) {
                JsonObject welcome = sunResumed.join(sunToken, 10L);
                assertEquals(Boolean.TRUE, welcome.getBoolean("resumed"), welcome.encode());
                List<JsonObject> caughtUp = new ArrayList<>();
                while (caughtUp.isEmpty() || caughtUp.get(caughtUp.size() - 1).getLong("seq") < sunLast) {
                    JsonObject m = sunResumed.next();
                    if ("event".equals(m.getString("type"))) {
                        caughtUp.add(m);
                    }
                }
                List<JsonObject> expected = live.stream().filter(m -> m.getLong("seq") > 10).toList();
                assertEquals(expected.size(), caughtUp.size(), "how many events the resume sent");
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(11 + i, caughtUp.get(i).getLong("seq"), "positions follow each other with no gap");
                    assertEquals(expected.get(i).getJsonObject("event"), caughtUp.get(i).getJsonObject("event"),
                            "the event at position " + (11 + i));
                }
                List<String> rest = sunResumed.drain().stream().map(m -> m.getString("type")).toList();
                assertTrue(rest.stream().noneMatch("event"::equals), "nothing beyond what SUN saw live: " + rest);
            }
        }
    }
}
