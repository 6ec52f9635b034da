package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same seed gives the same game: the same scores, adjudications and words, every time. */
class SameSeedSameGameTest {

    @Test
    void twoPlaysWithTheSameSeedAreTheSameGame() throws Exception {
        Map<String, String> policies = Map.of("GBR", "free-rider", "FRA", "repulsed");
        BotPlay.Outcome a = Plays.play("afghanistan-2001", 77, policies);
        BotPlay.Outcome b = Plays.play("afghanistan-2001", 77, policies);
        assertEquals(a.result().ended().getJsonArray("scores"), b.result().ended().getJsonArray("scores"));
        assertEquals(new JsonArray(a.result().adjudications()), new JsonArray(b.result().adjudications()));
        assertEquals(words(a), words(b));

        BotPlay.Outcome c = Plays.play("afghanistan-2001", 78, policies);
        assertNotEquals(words(a), words(c), "another seed, other words");
    }

    private static List<String> words(BotPlay.Outcome o) {
        return o.result().messages().stream().map((JsonObject m) -> m.getString("channel") + " " + m.getString("from") + " "
                + m.getString("text")).toList();
    }
}
