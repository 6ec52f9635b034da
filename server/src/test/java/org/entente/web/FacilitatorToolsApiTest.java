package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.entente.web.ReviewApiTest.review;
import static org.entente.web.ReviewApiTest.token;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console needs from the HTTP API beyond the session (issue 18): the chat transcript export,
 * per role as it saw the chat; revoking every reviewer link (and it staying revoked after a restart);
 * the review switch's state; offers.csv saying "expired" where the game does; QR codes that decode
 * back to the link; the bot policies; the favicon.
 */
@ExtendWith(VertxExtension.class)
class FacilitatorToolsApiTest {

    @Test
    void transcriptsPerRoleReviewerLinksRevokedAndExpiredOffers(Vertx vertx, @TempDir Path dataDir) throws Exception {
        String session;
        String reviewer;
        try (TestServer server = new TestServer(vertx, dataDir)) {
            JsonObject created = server.createSession("grand-alliance-1941");
            session = created.getString("id");
            String facilitator = created.getString("facilitatorToken");
            String gbr = token(created, "GBR");
            try (WsPeer white = server.connect(); WsPeer usa = server.connect(); WsPeer sun = server.connect()) {
                white.join(facilitator, null);
                usa.join(token(created, "USA"), null);
                sun.join(token(created, "SUN"), null);
                usa.ok(new JsonObject().put("type", "openBilateral").put("with", "SUN"));
                usa.ok(new JsonObject().put("type", "post").put("channel", "bilateral:SUN+USA").put("text", "keep this between us"));
                usa.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", "Line one\nline two"));
                white.ok(new JsonObject().put("type", "startExercise"));
                usa.ok(new JsonObject().put("type", "makeOffer").put("to", "SUN").put("kind", "aid").put("amount", 1));
                for (int i = 0; i < 4; i++) {
                    white.ok(new JsonObject().put("type", "advancePhase"));
                }
            }

            // The transcript: the white cell's has every channel; Britain's has no trace of the bilateral.
            TestServer.Response all = server.request(HttpMethod.GET, review(session, "/export/transcript.txt"), facilitator, null);
            assertEquals(200, all.status(), all.body());
            assertTrue(all.body().contains("Grand Alliance"), all.body());
            assertTrue(all.body().matches("(?s).*\\[\\d\\d:\\d\\d:\\d\\d] Bilateral [^\\n]*— United States: keep this between us\\n.*"), all.body());
            assertTrue(all.body().contains("Plenary — United States: Line one\n    line two"), all.body());
            assertTrue(all.body().contains("== Turn 1, Negotiation phase =="), all.body());
            assertTrue(server.request(HttpMethod.POST, review(session, "/review/open"), facilitator, null).status() == 200);
            TestServer.Response gbrs = server.request(HttpMethod.GET, review(session, "/export/transcript.txt"), gbr, null);
            assertEquals(403, gbrs.status(), "before the end, a player reads no export");
            try (WsPeer white = server.connect()) {
                white.join(facilitator, null);
                white.ok(new JsonObject().put("type", "endExercise").put("reason", "time"));
            }
            gbrs = server.request(HttpMethod.GET, review(session, "/export/transcript.txt"), gbr, null);
            assertEquals(200, gbrs.status(), gbrs.body());
            assertTrue(gbrs.body().contains("Line one"));
            assertFalse(gbrs.body().contains("keep this between us"), "another pair's bilateral");
            assertFalse(gbrs.body().contains("Bilateral"), gbrs.body());
            String usas = server.request(HttpMethod.GET, review(session, "/export/transcript.txt"), token(created, "USA"), null).body();
            assertTrue(usas.contains("keep this between us"), usas);

            // offers.csv: the offer nobody answered expired when its turn was adjudicated, for the white cell and the players.
            for (String who : new String[] {facilitator, token(created, "USA")}) {
                String csv = server.request(HttpMethod.GET, review(session, "/export/offers.csv"), who, null).body();
                String row = Arrays.stream(csv.split("\r\n")).filter(r -> r.contains(",USA,SUN,aid,")).findFirst().orElseThrow();
                assertTrue(row.contains(",expired,"), row);
            }

            // Reviewer links: the switch's state, then every link revoked by the white cell only.
            reviewer = server.request(HttpMethod.POST, review(session, "/reviewers"), facilitator, null).json().getString("token");
            TestServer.Response open = server.request(HttpMethod.GET, review(session, "/review/open"), facilitator, null);
            assertEquals(200, open.status(), open.body());
            assertEquals(new JsonObject().put("session", session).put("openToPlayers", true).put("ended", true)
                    .put("playersMayReview", true).put("reviewers", 1), open.json());
            assertEquals(403, server.request(HttpMethod.GET, review(session, "/review/open"), gbr, null).status());
            assertEquals(403, server.request(HttpMethod.DELETE, review(session, "/reviewers"), gbr, null).status());
            assertEquals(403, server.request(HttpMethod.DELETE, review(session, "/reviewers"), reviewer, null).status());
            assertEquals(200, server.request(HttpMethod.GET, review(session, "/review/timeline"), reviewer, null).status());
            assertEquals(204, server.request(HttpMethod.DELETE, review(session, "/reviewers"), facilitator, null).status());
            assertEquals(401, server.request(HttpMethod.GET, review(session, "/review/timeline"), reviewer, null).status());
            assertEquals(0, server.request(HttpMethod.GET, review(session, "/review/open"), facilitator, null).json().getInteger("reviewers"));
        }
        try (TestServer again = new TestServer(vertx, dataDir)) {
            assertEquals(401, again.request(HttpMethod.GET, review(session, "/review/timeline"), reviewer, null).status(),
                    "a revoked reviewer link stays dead after a restart");
        }
    }

    @Test
    void qrCodesDecodeToTheLinkAndTheSmallPublicAnswers(Vertx vertx, @TempDir Path dataDir) throws Exception {
        try (TestServer server = new TestServer(vertx, dataDir)) {
            String link = "http://127.0.0.1:8080/play.html#token=AbCdEf0123456789_-xyz";
            TestServer.Response qr = server.request(HttpMethod.POST, "/api/v1/qr", null, new JsonObject().put("text", link).encode());
            assertEquals(200, qr.status(), qr.body());
            int size = qr.json().getInteger("size");
            JsonArray rows = qr.json().getJsonArray("modules");
            assertEquals(size, rows.size());
            BitMatrix bits = new BitMatrix(size);
            for (int y = 0; y < size; y++) {
                String row = rows.getString(y);
                assertEquals(size, row.length());
                for (int x = 0; x < size; x++) {
                    if (row.charAt(x) == '1') {
                        bits.set(x, y);
                    }
                }
            }
            assertEquals(link, new Decoder().decode(bits).getText(), "the code reads back as the link");

            for (String bad : new String[] {"{\"text\": \"javascript:alert(1)\"}", "{\"text\": 3}", "{}", "not json",
                    "{\"text\": \"https://x/" + "a".repeat(QrApi.MAX_TEXT) + "\"}"}) {
                TestServer.Response refused = server.request(HttpMethod.POST, "/api/v1/qr", null, bad);
                assertEquals(400, refused.status(), bad);
                assertEquals("text", refused.json().getJsonObject("error").getString("field"), bad);
            }

            TestServer.Response policies = server.request(HttpMethod.GET, "/api/v1/bot-policies", null, null);
            assertEquals(200, policies.status());
            assertTrue(new JsonArray(policies.body()).contains("motivated-ally"), policies.body());

            TestServer.Response icon = server.request(HttpMethod.GET, "/favicon.ico", null, null);
            assertEquals(200, icon.status(), "no 404 for the icon browsers ask for");
            assertTrue(icon.body().startsWith("<svg"), icon.body());
        }
    }
}
