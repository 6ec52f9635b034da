package org.entente.bot;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plays used by the bot tests, and what they read from the white cell's view. */
final class Plays {
    private Plays() {
    }

    static BotPlay.Outcome play(String scenario, long seed, Map<String, String> policies) throws Exception {
        return BotPlay.play(new BotPlay.Options(scenario, seed, policies, null, null, null));
    }

    /** The judgements of one turn's turn.adjudicated event. */
    static List<JsonObject> relationships(BotPlay.Outcome o, int turn) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject a : o.result().adjudications()) {
            if (a.getInteger("turn") == turn) {
                a.getJsonArray("relationships").forEach(r -> out.add((JsonObject) r));
            }
        }
        return out;
    }

    static JsonObject judgement(BotPlay.Outcome o, int turn, String partner) {
        return relationships(o, turn).stream().filter(r -> partner.equals(r.getString("partner"))).findFirst().orElseThrow();
    }

    /** "turn partner FAILURE" for every failure the adjudicator flagged, in order. */
    static List<String> failures(BotPlay.Outcome o) {
        List<String> out = new ArrayList<>();
        for (JsonObject a : o.result().adjudications()) {
            for (Object x : a.getJsonArray("relationships")) {
                JsonObject r = (JsonObject) x;
                if (!"NONE".equals(r.getString("failure"))) {
                    out.add(a.getInteger("turn") + " " + r.getString("partner") + " " + r.getString("failure"));
                }
            }
        }
        return out;
    }
}
