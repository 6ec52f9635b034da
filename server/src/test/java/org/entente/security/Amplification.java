package org.entente.security;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.web.WsPeer;

/**
 * The attack of issue 17, item 1, against a node in its own process: one nation fills the session with long
 * offers (large views), holds sockets that never read, and toggles its coalition membership as fast as it
 * may, each toggle pushing a fresh view to every socket of its role and to the white cell. Beside it, the
 * well-behaved: the leader's player in the same session, and a player of another session.
 */
final class Amplification implements AutoCloseable {
    final NodeProcess node;
    final WebSocketClient client;
    final JsonObject session;
    final JsonObject otherSession;
    final WsPeer white;
    final WsPeer leader;
    final WsPeer otherPlayer;
    final WsPeer otherListener;
    final List<RawWebSocket> nonReading = new ArrayList<>();
    int offers;
    final AtomicLong wellBehavedWorstMillis = new AtomicLong();
    final AtomicLong wellBehavedExchanges = new AtomicLong();

    Amplification(Vertx vertx, NodeProcess node, int sockets) throws Exception {
        this.node = node;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxMessageSize(64 * 1024 * 1024)
                .setMaxFrameSize(64 * 1024 * 1024));
        session = created("grand-alliance-1941");
        otherSession = created("grand-alliance-1941");
        white = WsPeer.connect(client, node.port());
        white.join(session.getString("facilitatorToken"), null);
        white.ok(new JsonObject().put("type", "startExercise"));
        leader = WsPeer.connect(client, node.port());
        leader.join(token(session, "USA"), null);
        WsPeer gbr = WsPeer.connect(client, node.port());
        gbr.join(token(session, "GBR"), null);
        String text = "Conditions of a very long offer. ".repeat(130).substring(0, 3990);
        for (int i = 0; i < 20; i++) {
            JsonObject offer = i % 2 == 0
                    ? new JsonObject().put("type", "makeOffer").put("to", "USA").put("kind", "aid").put("amount", 1)
                        .put("form", "convoy " + i).put("conditions", new JsonObject().put("text", text))
                    : new JsonObject().put("type", "makeOffer").put("to", "USA").put("kind", "threat").put("severity", 0.1)
                        .put("demand", text).put("conditions", new JsonObject().put("text", text));
            JsonObject answer = gbr.call(offer);
            if ("ack".equals(answer.getString("type"))) {
                offers++;
            } else {
                System.out.println("Amplification: offer refused: " + answer.encode());
            }
        }
        gbr.close();
        for (int i = 0; i < sockets; i++) {
            RawWebSocket raw = new RawWebSocket(node.port());
            raw.sendText(new JsonObject().put("type", "join").put("token", token(session, "GBR")).encode());
            nonReading.add(raw);
        }
        otherPlayer = WsPeer.connect(client, node.port());
        otherPlayer.join(token(otherSession, "USA"), null);
        otherListener = WsPeer.connect(client, node.port());
        otherListener.join(token(otherSession, "GBR"), null);
    }

    private JsonObject created(String scenario) throws Exception {
        var r = node.post("/api/v1/sessions", NodeProcess.ADMIN_KEY, new JsonObject().put("scenario", scenario).encode());
        if (r.statusCode() != 201) {
            throw new AssertionError(r.statusCode() + " " + r.body());
        }
        return new JsonObject(r.body());
    }

    static String token(JsonObject session, String nation) {
        return session.getJsonArray("invites").stream().map(o -> (JsonObject) o).filter(i -> i.getString("role").equals(nation))
                .findFirst().orElseThrow().getString("token");
    }

    /** Characters in the attacking nation's welcome (its full view): what each refresh approaches. */
    int viewChars;

    /** A new toggling connection of the attacking nation. */
    WsPeer toggler() throws Exception {
        WsPeer t = WsPeer.connect(client, node.port());
        viewChars = t.join(token(session, "GBR"), null).encode().length();
        return t;
    }

    /** One exchange of the well-behaved player of the other session: a post, its ack, its delivery to a reader. */
    void wellBehavedExchange() throws Exception {
        long start = System.nanoTime();
        String text = "still here " + wellBehavedExchanges.get();
        otherPlayer.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text));
        while (true) {
            JsonObject m = otherListener.next();
            if ("event".equals(m.getString("type")) && text.equals(m.getJsonObject("event").getString("text"))) {
                break;
            }
        }
        wellBehavedWorstMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        wellBehavedExchanges.incrementAndGet();
    }

    /** The leader, in the attacked session, still plays: a post acknowledged and seen by the white cell. */
    void leaderStillPlays() throws Exception {
        String text = "the leader carries on";
        leader.ok(new JsonObject().put("type", "post").put("channel", "plenary").put("text", text));
    }

    @Override
    public void close() throws Exception {
        for (RawWebSocket r : nonReading) {
            r.close();
        }
        for (WsPeer p : new WsPeer[] {white, leader, otherPlayer, otherListener}) {
            try {
                p.close();
            } catch (Exception ignored) {
                // closed by the node already
            }
        }
        org.entente.web.TestServer.await(client.close());
    }
}
