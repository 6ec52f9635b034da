package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debrief API on a session played to its end by bots (a light-handed USA in vietnam-1964): the
 * lessons' verdicts, the what-if that flips Britain's light-handedness without writing to the log, bad
 * what-ifs refused by field, and who may: the white cell and reviewers, not players, not other sessions.
 */
@ExtendWith(VertxExtension.class)
class DebriefApiTest {

    static JsonObject lesson(JsonObject debrief, String id) {
        for (Object o : debrief.getJsonArray("lessons")) {
            if (id.equals(((JsonObject) o).getString("id"))) {
                return (JsonObject) o;
            }
        }
        throw new AssertionError("no lesson " + id + " in " + debrief.encode());
    }

    @Test
    void theDebriefJudgesTheLessonsAndAWhatIfFlipsAFailure(Vertx vertx, @TempDir Path dataDir) throws Exception {
        try (TestServer server = new TestServer(vertx, dataDir)) {
            JsonObject a = BotPlayedSessions.play(server, "vietnam-1964", 7, Map.of("USA", "light-handed-leader"));
            JsonObject other = server.createSession("vietnam-1964");
            String id = a.getString("id");
            String facilitator = a.getString("facilitatorToken");
            String path = "/api/v1/sessions/" + id + "/debrief";

            TestServer.Response d = server.request(HttpMethod.GET, path, facilitator, null);
            assertEquals(200, d.status(), d.body());
            JsonObject pay = lesson(d.json(), "pay-the-indifferent");
            assertEquals("NOT_MET", pay.getString("verdict"), pay.encode());
            assertEquals("MET", lesson(d.json(), "let-france-go").getString("verdict"));
            assertTrue(pay.getJsonArray("questions").size() >= 1);
            JsonObject failed = pay.getJsonArray("checks").stream().map(JsonObject.class::cast)
                    .filter(c -> !c.getBoolean("passed") && c.getString("subject").endsWith("GBR")).findFirst().orElseThrow();
            assertTrue(failed.getLong("position") > 0, "each check links to the adjudication's log position");
            assertTrue(d.json().getJsonArray("estimates").size() >= 5, "every relationship's estimates against the truth");

            // Who may: reviewers yes; players (even with the review open) and other sessions' tokens no.
            String reviewer = server.request(HttpMethod.POST, "/api/v1/sessions/" + id + "/reviewers", facilitator, null).json()
                    .getString("token");
            assertEquals(200, server.request(HttpMethod.GET, path, reviewer, null).status());
            assertEquals(401, server.request(HttpMethod.GET, path, null, null).status());
            assertEquals(403, server.request(HttpMethod.GET, path, other.getString("facilitatorToken"), null).status());
            String gbr = ReviewApiTest.token(a, "GBR");
            TestServer.Response closed = server.request(HttpMethod.GET, path, gbr, null);
            assertEquals(403, closed.status());
            assertTrue(closed.body().contains("REVIEW_CLOSED"), closed.body());
            server.request(HttpMethod.POST, "/api/v1/sessions/" + id + "/review/open", facilitator, null);
            TestServer.Response player = server.request(HttpMethod.GET, path, gbr, null);
            assertEquals(403, player.status());
            assertTrue(player.body().contains("DEBRIEF_TRUTH_ONLY"), player.body());

            // The printable report opens with the learning objectives (the white cell's copy; a player's has none).
            String report = server.request(HttpMethod.GET, "/api/v1/sessions/" + id + "/export/report.html", facilitator, null).body();
            int lessons = report.indexOf("<h2>Learning objectives</h2>");
            assertTrue(lessons > 0 && lessons < report.indexOf("<h2>Soft power per relationship</h2>"), "the report opens with them");
            assertTrue(report.contains("Not met: " + pay.getString("lesson").trim().substring(0, 20)), "with the verdict");
            String playerReport = server.request(HttpMethod.GET, "/api/v1/sessions/" + id + "/export/report.html", gbr, null).body();
            assertTrue(!playerReport.contains("Learning objectives"), "a player's report holds its own view only");

            // The what-if: pay Britain, on conditions, in the turn the lesson failed.
            int logBefore = logLines(server, id, facilitator);
            JsonObject ask = new JsonObject().put("turn", failed.getInteger("turn")).put("coalition", "free-world")
                    .put("partner", "GBR").put("deployed", new JsonObject().put("sidePayment", 0.9).put("conditionality", 0.9));
            TestServer.Response w = server.request(HttpMethod.POST, path + "/what-if", reviewer, ask.encode());
            assertEquals(200, w.status(), w.body());
            JsonObject result = w.json();
            assertTrue(result.getBoolean("reproduced"), "the same engine gives the recorded turn again");
            assertEquals("LIGHT_HANDEDNESS", result.getJsonObject("happened").getJsonObject("judgement").getString("failure"));
            assertEquals("NONE", result.getJsonObject("whatIf").getJsonObject("judgement").getString("failure"));
            assertNotEquals("NONE", result.getJsonObject("whatIf").getJsonObject("judgement").getString("compliance"));
            assertEquals(logBefore, logLines(server, id, facilitator), "nothing was written to the log");
            assertEquals(403, server.request(HttpMethod.POST, path + "/what-if", gbr, ask.encode()).status());

            // Bad what-ifs: refused by field, nothing computed.
            assertField(server, path, reviewer, ask.copy().put("turn", 99), "turn");
            assertField(server, path, reviewer, ask.copy().put("partner", "XXX"), "partner");
            assertField(server, path, reviewer, ask.copy().put("voice", 2), "voice");
            assertField(server, path, reviewer, ask.copy().put("deployed", new JsonObject().put("bribe", 1)), "deployed.bribe");
            assertField(server, path, reviewer, ask.copy().put("colour", "red"), "colour");
            assertField(server, path, reviewer, ask.copy().put("leaderEstimate", -3), "leaderEstimate");
            TestServer.Response notJson = server.request(HttpMethod.POST, path + "/what-if", reviewer, "[1,2]");
            assertEquals(400, notJson.status(), notJson.body());
        }
    }

    private static void assertField(TestServer server, String path, String token, JsonObject body, String field) throws Exception {
        TestServer.Response r = server.request(HttpMethod.POST, path + "/what-if", token, body.encode());
        assertEquals(400, r.status(), r.body());
        assertEquals(field, r.json().getJsonObject("error").getString("field"), r.body());
    }

    private static int logLines(TestServer server, String id, String token) throws Exception {
        String body = server.request(HttpMethod.GET, "/api/v1/sessions/" + id + "/export/log.jsonl", token, null).body();
        return body.split("\n").length;
    }

}
