package org.entente.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bot's model merges a refresh (this turn's and the last turn's offers, no scenario texts) into what it holds. */
class BotModelRefreshTest {

    private static JsonObject offer(String id, int turn, String status) {
        return new JsonObject().put("id", id).put("turn", turn).put("status", status);
    }

    @Test
    void aRefreshUpdatesTheOffersItCarriesAndKeepsTheRestAndTheScenario() {
        BotModel model = new BotModel();
        JsonObject game = new JsonObject().put("clock", new JsonObject().put("turn", 2).put("phase", "negotiation"))
                .put("scenario", new JsonObject().put("councilName", "NAC"))
                .put("offers", new JsonArray().add(offer("o1", 1, "kept")).add(offer("o2", 2, "pending")));
        model.welcome(new JsonObject().put("session", "s").put("role", "USA").put("seq", 3)
                .put("snapshot", new JsonObject().put("game", game).put("channels", new JsonArray())));
        JsonObject refresh = new JsonObject().put("clock", new JsonObject().put("turn", 2).put("phase", "reports"))
                .putNull("scenario")
                .put("offers", new JsonArray().add(offer("o2", 2, "broken")).add(offer("o3", 2, "pending")));
        model.snapshot(new JsonObject().put("type", "snapshot").put("seq", 3).put("snapshot", new JsonObject().put("game", refresh)));

        assertEquals(List.of("o1:kept", "o2:broken", "o3:pending"),
                model.offers().stream().map(o -> o.getString("id") + ":" + o.getString("status")).toList());
        assertEquals("NAC", model.councilName());
        assertEquals("reports", model.phase());
    }
}
