package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer API: the white cell and reviewers review at any time; a player only after the end and
 * only once the white cell opens the review — and then only its own view; other sessions' tokens get 403.
 */
@ExtendWith(VertxExtension.class)
class ReviewApiTest {

    static String token(JsonObject created, String role) {
        for (Object o : created.getJsonArray("invites")) {
            JsonObject invite = (JsonObject) o;
            if (invite.getString("role").equals(role)) {
                return invite.getString("token");
            }
        }
        throw new AssertionError("no invite for " + role);
    }

    static String review(String session, String what) {
        return "/api/v1/sessions/" + session + what;
    }

    @Test
    void whoMayReviewWhatAndWhen(Vertx vertx, @TempDir Path dataDir) throws Exception {
        String reviewer;
        String session;
        try (TestServer server = new TestServer(vertx, dataDir)) {
            JsonObject a = server.createSession("grand-alliance-1941");
            JsonObject b = server.createSession("grand-alliance-1941");
            session = a.getString("id");
            String facilitator = a.getString("facilitatorToken");
            String gbr = token(a, "GBR");

            // Nobody, and tokens that open nothing.
            assertEquals(401, server.request(HttpMethod.GET, review(session, "/review/timeline"), null, null).status());
            assertEquals(401, server.request(HttpMethod.GET, review(session, "/review/timeline"), "not-a-token", null).status());

            // The white cell reviews at any time, and issues reviewer tokens; nobody else does.
            TestServer.Response timeline = server.request(HttpMethod.GET, review(session, "/review/timeline"), facilitator, null);
            assertEquals(200, timeline.status(), timeline.body());
            assertTrue(timeline.json().getBoolean("truth"));
            TestServer.Response issued = server.request(HttpMethod.POST, review(session, "/reviewers"), facilitator, null);
            assertEquals(201, issued.status(), issued.body());
            reviewer = issued.json().getString("token");
            assertEquals("REVIEWER", issued.json().getString("role"));
            assertEquals(403, server.request(HttpMethod.POST, review(session, "/reviewers"), gbr, null).status());
            assertEquals(403, server.request(HttpMethod.POST, review(session, "/reviewers"), reviewer, null).status());
            assertEquals(403, server.request(HttpMethod.POST, review(session, "/review/open"), reviewer, null).status());
            assertEquals(403, server.request(HttpMethod.POST, review(session, "/review/open"), gbr, null).status());

            // A reviewer sees the timeline and the truth; a player, nothing yet.
            assertEquals(200, server.request(HttpMethod.GET, review(session, "/review/timeline"), reviewer, null).status());
            TestServer.Response early = server.request(HttpMethod.GET, review(session, "/review/timeline"), gbr, null);
            assertEquals(403, early.status());
            assertEquals("REVIEW_CLOSED", early.json().getJsonObject("error").getString("code"));

            // Other sessions' tokens: 403 here.
            String reviewerOfB = server.request(HttpMethod.POST, review(b.getString("id"), "/reviewers"),
                    b.getString("facilitatorToken"), null).json().getString("token");
            for (String other : List.of(b.getString("facilitatorToken"), token(b, "GBR"), reviewerOfB)) {
                assertEquals(403, server.request(HttpMethod.GET, review(session, "/review/timeline"), other, null).status());
                assertEquals(403, server.request(HttpMethod.GET, review(session, "/export/log.jsonl"), other, null).status());
            }
            assertEquals(200, server.request(HttpMethod.GET, review(b.getString("id"), "/review/timeline"), reviewerOfB, null).status());

            playToTheEnd(server, a);

            // Ended, but not opened: still closed to players.
            assertEquals(403, server.request(HttpMethod.GET, review(session, "/review/timeline"), gbr, null).status());
            TestServer.Response opened = server.request(HttpMethod.POST, review(session, "/review/open"), facilitator, null);
            assertEquals(200, opened.status(), opened.body());
            assertTrue(opened.json().getBoolean("playersMayReview"));

            // Now Britain reviews — its own view only.
            TestServer.Response mine = server.request(HttpMethod.GET, review(session, "/review/timeline"), gbr, null);
            assertEquals(200, mine.status(), mine.body());
            JsonObject t = mine.json();
            assertEquals("GBR", t.getString("as"));
            assertFalse(t.getBoolean("truth"));
            assertTrue(t.getJsonArray("turns").size() >= 4, t.encode());
            for (Object row : t.getJsonArray("turns")) {
                for (Object r : ((JsonObject) row).getJsonArray("relationships")) {
                    JsonObject rel = (JsonObject) r;
                    assertTrue(rel.getBoolean("estimated"));
                    assertTrue(rel.getString("partner").equals("GBR") || rel.getString("leader").equals("GBR"), rel.encode());
                }
            }
            assertTrue(t.getJsonArray("notes").isEmpty());
            assertTrue(t.getJsonArray("overrides").isEmpty());
            assertFalse(mine.body().contains("keep this between us"));

            String log = server.request(HttpMethod.GET, review(session, "/export/log.jsonl"), gbr, null).body();
            assertFalse(log.contains("keep this between us"), "the USA–SUN bilateral stays private");
            assertFalse(log.contains("turn.adjudicated") || log.contains("scenario.loaded") || log.contains("access.issued"));
            long position = 0;
            for (String line : log.split("\n")) {
                JsonObject r = new JsonObject(line);
                assertEquals(++position, r.getLong("seq"), "Britain's own numbering");
                JsonObject e = r.getJsonObject("event");
                if ("turn.report".equals(e.getString("type"))) {
                    assertEquals("GBR", e.getJsonObject("report").getString("nation"));
                }
            }
            String fullLog = server.request(HttpMethod.GET, review(session, "/export/log.jsonl"), reviewer, null).body();
            assertTrue(fullLog.contains("keep this between us"), "the reviewer reads everything");

            // The state at a position, as a role saw it: a player as itself only, without the truth.
            TestServer.Response asUsa = server.request(HttpMethod.GET, review(session, "/review/state?seq=5&as=USA"), gbr, null);
            assertEquals(403, asUsa.status());
            TestServer.Response ownState = server.request(HttpMethod.GET, review(session, "/review/state?seq=10"), gbr, null);
            assertEquals(200, ownState.status(), ownState.body());
            assertEquals(10, ownState.json().getLong("position"));
            assertNull(ownState.json().getValue("truth"));
            assertNull(ownState.json().getValue("seq"), "no log position: it would count what Britain did not see");
            assertNotNull(ownState.json().getJsonObject("view").getJsonObject("game").getJsonObject("you"));

            TestServer.Response beside = server.request(HttpMethod.GET, review(session, "/review/state?seq=40&as=SUN"), reviewer, null);
            assertEquals(200, beside.status(), beside.body());
            JsonObject st = beside.json();
            assertEquals(40, st.getLong("seq"));
            assertEquals("SUN", st.getJsonObject("view").getString("role"));
            assertEquals("WHITE_CELL", st.getJsonObject("truth").getString("role"));
            assertTrue(st.getLong("position") <= 40);
            assertEquals(400, server.request(HttpMethod.GET, review(session, "/review/state?seq=999999"), reviewer, null).status());
            assertEquals(400, server.request(HttpMethod.GET, review(session, "/review/state?as=XXX"), reviewer, null).status());

            // The exports.
            TestServer.Response csv = server.request(HttpMethod.GET, review(session, "/export/relationships.csv"), facilitator, null);
            assertEquals(200, csv.status());
            String[] rows = csv.body().split("\r\n");
            assertTrue(rows[0].startsWith("turn,coalition,leader,partner,soft_power"));
            int turns = server.request(HttpMethod.GET, review(session, "/review/timeline"), facilitator, null).json()
                    .getJsonArray("turns").size();
            assertEquals(1 + 4 * turns, rows.length, "one row per relationship (USA with 4 partners) per turn");
            assertEquals(200, server.request(HttpMethod.GET, review(session, "/export/nations.csv"), reviewer, null).status());
            assertEquals(200, server.request(HttpMethod.GET, review(session, "/export/offers.csv"), gbr, null).status());
            assertEquals(404, server.request(HttpMethod.GET, review(session, "/export/secrets.txt"), reviewer, null).status());
            TestServer.Response html = server.request(HttpMethod.GET, review(session, "/export/report.html"), reviewer, null);
            assertEquals(200, html.status());
            assertTrue(html.body().contains("<svg") && html.body().contains("Turning points"));
            assertFalse(html.body().contains("<script"));
        }

        // Reviewer grants and the players' switch survive a restart.
        try (TestServer again = new TestServer(vertx, dataDir)) {
            assertEquals(200, again.request(HttpMethod.GET, review(session, "/review/timeline"), reviewer, null).status());
        }
    }

    /** USA and SUN talk privately, the white cell closes every phase until the exercise ends. */
    static void playToTheEnd(TestServer server, JsonObject created) throws Exception {
        try (WsPeer white = server.connect(); WsPeer usa = server.connect(); WsPeer sun = server.connect()) {
            white.join(created.getString("facilitatorToken"), null);
            usa.join(token(created, "USA"), null);
            sun.join(token(created, "SUN"), null);
            usa.ok(new JsonObject().put("type", "openBilateral").put("with", "SUN"));
            usa.ok(new JsonObject().put("type", "post").put("channel", "bilateral:SUN+USA").put("text", "keep this between us"));
            white.ok(new JsonObject().put("type", "startExercise"));
            for (int i = 0; i < 60; i++) {
                JsonObject answer = white.call(new JsonObject().put("type", "advancePhase"));
                if ("reject".equals(answer.getString("type"))) {
                    assertEquals("WRONG_PHASE", answer.getString("code"), answer.encode());
                    return;
                }
            }
            throw new AssertionError("the exercise did not end");
        }
    }
}
