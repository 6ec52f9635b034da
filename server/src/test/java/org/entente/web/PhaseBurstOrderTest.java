package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.session.SessionVerticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * When every session's phase closes in the same second, adjudications and view refreshes queue on the node's bulk
 * lane: a post, in any session and from anyone, is not held up behind them, and a sender's own commands keep the
 * order it sent them in.
 */
@ExtendWith(VertxExtension.class)
class PhaseBurstOrderTest {
    private TestServer server;
    private final List<WsPeer> peers = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    /** A session whose bulk work the test makes hold the lane, and the session the test plays in. */
    private JsonObject busy;
    private JsonObject mine;
    private WsPeer white;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        server = new TestServer(vertx, dir);
        busy = server.createSession("grand-alliance-1941");
        mine = server.createSession("grand-alliance-1941");
        join(busy.getString("facilitatorToken")).ok(new JsonObject().put("type", "startExercise"));
        white = join(mine.getString("facilitatorToken"));
        white.ok(new JsonObject().put("type", "startExercise"));
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        for (WsPeer p : peers) {
            p.close();
        }
        server.close();
    }

    private WsPeer join(String token) throws Exception {
        WsPeer p = server.connect();
        peers.add(p);
        p.join(token, null);
        return p;
    }

    /** Another session's adjudications hold every permit of the lane until the test releases them. */
    private void holdTheLane() {
        SessionVerticle other = server.server.registry().session(busy.getString("id")).orElseThrow();
        int permits = server.server.registry().bulkLane().permits();
        for (int i = 0; i < permits; i++) {
            other.callBulk(s -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
    }

    @Test
    void aDeadlineThatPassesWhileTheLaneIsBusyClosesItsPhaseOnce() throws Exception {
        white.ok(new JsonObject().put("type", "adjustClock").put("seconds", -3600).put("reason", "test"));
        WsPeer usa = join(TestServer.inviteToken(mine, "USA"));
        holdTheLane();

        Thread.sleep(10_500); // the shortest phase a white cell can leave: its deadline passes meanwhile
        for (int i = 0; i < 5; i++) {
            assertEquals("ack", usa.call(post("after the deadline " + i)).getString("type"));
        }
        assertEquals(1, server.server.registry().bulkLane().waiting(),
                "one closing of the phase waits for the lane, however many posts were decided meanwhile");
        String metrics = server.request(io.vertx.core.http.HttpMethod.GET, "/metrics", TestServer.ADMIN_KEY, null).body();
        assertTrue(java.util.regex.Pattern.compile("(?m)^entente_bulk_waiting(\\{[^}]*\\})? 1\\.0$").matcher(metrics).find(),
                "the operator sees it waiting: " + metrics.lines().filter(l -> l.contains("bulk")).toList());

        release.countDown();
        usa.awaitEvent("phase.began");
        Thread.sleep(300);
        assertFalse(events(usa.drain()).contains("phase.began"), "the phase closed once");
        assertEquals(0, server.server.registry().bulkLane().waiting());
    }

    /** Each event's type, or a post's text. */
    private static List<String> events(List<JsonObject> frames) {
        return frames.stream().filter(m -> "event".equals(m.getString("type"))).map(m -> {
            JsonObject e = m.getJsonObject("event");
            return "message.posted".equals(e.getString("type")) ? e.getString("text") : e.getString("type");
        }).toList();
    }

    private static JsonObject post(String text) {
        return new JsonObject().put("type", "post").put("channel", "plenary").put("text", text);
    }

    @Test
    void postsGoAheadOfPhaseChangesWaitingForTheLaneAndEachSenderKeepsItsOrder() throws Exception {
        WsPeer usa = join(TestServer.inviteToken(mine, "USA"));

        holdTheLane();

        String advance = white.command(new JsonObject().put("type", "advancePhase").put("reason", "time"));
        String whitePost = white.command(post("after my advance"));
        JsonObject usaAck = usa.call(post("while the lane is busy"));
        assertEquals("ack", usaAck.getString("type"), "another sender's post is not held up: " + usaAck.encode());
        assertFalse(usa.seen.stream().anyMatch(m -> "event".equals(m.getString("type"))
                && "phase.began".equals(m.getJsonObject("event").getString("type"))), "the phase change is still waiting");
        Thread.sleep(300);
        List<JsonObject> meanwhile = white.drainQuietly();
        assertTrue(meanwhile.stream().noneMatch(m -> "ack".equals(m.getString("type"))),
                "neither the white cell's advance nor the post it sent after it is acknowledged yet");
        List<String> order = new ArrayList<>(events(meanwhile));

        release.countDown();
        List<String> acks = new ArrayList<>();
        while (acks.size() < 2) {
            JsonObject m = white.next();
            if ("ack".equals(m.getString("type"))) {
                acks.add(m.getString("id"));
            }
            order.addAll(events(List.of(m)));
        }
        assertEquals(List.of(advance, whitePost), acks, "the white cell's commands are decided in the order it sent them");
        order.addAll(events(white.drain()));
        int usaAt = order.indexOf("while the lane is busy");
        int phaseAt = order.indexOf("phase.began");
        int whiteAt = order.indexOf("after my advance");
        assertTrue(usaAt >= 0 && usaAt < phaseAt && phaseAt < whiteAt, "log order: " + order);
    }
}
