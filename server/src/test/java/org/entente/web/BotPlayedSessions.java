package org.entente.web;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.bot.BotPlay;
import org.entente.bot.BotRunner;
import org.entente.scenario.ScenarioCatalog;

/** Sessions of a live test node played to their end by bots in every role, the white cell closing each phase. */
public final class BotPlayedSessions {
    private BotPlayedSessions() {
    }

    /** Plays a bundled scenario with bots on {@code server}; returns the API's answer to the session's creation. */
    public static JsonObject play(TestServer server, String scenario, long seed, Map<String, String> chosen) throws Exception {
        JsonObject created = server.createSession(scenario);
        Map<String, String> tokens = new LinkedHashMap<>();
        created.getJsonArray("invites").forEach(i -> tokens.put(((JsonObject) i).getString("role"), ((JsonObject) i).getString("token")));
        Map<String, String> policies = BotPlay.policiesFor(ScenarioCatalog.bundled().find(scenario).orElseThrow(), chosen);
        BotRunner.Result r = BotRunner.run(server.clientVertx, "127.0.0.1", server.port(), created.getString("facilitatorToken"),
                tokens, policies, seed, null);
        if (r.ended() == null) {
            throw new AssertionError("the bots did not finish " + scenario);
        }
        return created;
    }
}
