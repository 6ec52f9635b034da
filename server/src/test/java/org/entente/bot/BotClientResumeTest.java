package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.entente.web.TestServer;
import org.entente.web.WsPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A bot whose connection drops resumes with lastSeq: it misses nothing and sees nothing twice. */
@ExtendWith(VertxExtension.class)
class BotClientResumeTest {

    @Test
    void aDroppedConnectionIsResumedWhereItStopped(Vertx vertx, @TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(vertx, dir)) {
            JsonObject created = server.createSession("vietnam-1964");
            String gbr = created.getJsonArray("invites").stream().map(o -> (JsonObject) o)
                    .filter(i -> "GBR".equals(i.getString("role"))).findFirst().orElseThrow().getString("token");
            BotClient bot = new BotClient(vertx, "127.0.0.1", server.port(), gbr, "GBR (test)", "t-GBR");
            Thread worker = new Thread(() -> { });
            try (WsPeer white = server.connect()) {
                white.join(created.getString("facilitatorToken"), null);
                JsonObject[] welcome = new JsonObject[1];
                worker = new Thread(() -> welcome[0] = bot.connect());
                worker.start();
                worker.join(20_000);
                long before = bot.model().seq();
                assertEquals(before, welcome[0].getLong("seq"));
                java.util.List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                bot.onEvent(f -> seen.add(f.getLong("seq")));

                bot.dropConnection();
                white.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "While you were away."));
                white.ok(new JsonObject().put("type", "startExercise"));
                long deadline = System.currentTimeMillis() + 10_000;
                while (bot.model().phase().equals("lobby") && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals("negotiation", bot.model().phase(), "the bot resumed and caught up");
                assertEquals(2, bot.welcomes(), "it joined again, with lastSeq");
                assertTrue(bot.model().messages().stream().anyMatch(m -> "While you were away.".equals(m.getString("text"))));
                for (int i = 0; i < seen.size(); i++) {
                    assertEquals(before + 1 + i, seen.get(i), "no gap and no repeat: " + seen);
                }
                Thread call = new Thread(() -> bot.call(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Back.")));
                call.start();
                call.join(20_000);
            } finally {
                bot.close();
            }
        }
    }
}
