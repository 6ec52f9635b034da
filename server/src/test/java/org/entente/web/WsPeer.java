package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One websocket client in a test: what it receives queues up for the test to take in order. */
public final class WsPeer implements AutoCloseable {
    private final WebSocket socket;
    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private volatile Short closeStatus;
    private volatile String closeReason;

    WsPeer(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> inbox.add(new JsonObject(text)));
        socket.closeHandler(v -> {
            closeReason = socket.closeReason();
            closeStatus = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode();
        });
    }

    public void sendRaw(String text) throws Exception {
        TestServer.await(socket.writeTextMessage(text));
    }

    public void send(JsonObject message) throws Exception {
        sendRaw(message.encode());
    }

    /** Joins with a token (and a last position to resume from, or null) and returns the welcome. */
    public JsonObject join(String token, Long lastSeq) throws Exception {
        JsonObject join = new JsonObject().put("type", "join").put("token", token);
        if (lastSeq != null) {
            join.put("lastSeq", lastSeq);
        }
        send(join);
        JsonObject welcome = next();
        assertEquals("welcome", welcome.getString("type"), welcome.encode());
        return welcome;
    }

    /** Sends a command with a fresh id and returns the id. */
    public String command(JsonObject command) throws Exception {
        String id = UUID.randomUUID().toString();
        send(command.copy().put("id", id));
        return id;
    }

    /** Everything received while waiting for answers in {@link #call}, in order. */
    public final List<JsonObject> seen = new ArrayList<>();

    /**
     * Sends a command and waits for its answer (ack or reject), keeping every other frame in
     * {@link #seen}. Returns the answer.
     */
    public JsonObject call(JsonObject command) throws Exception {
        String id = command(command);
        while (true) {
            JsonObject m = next();
            String type = m.getString("type");
            if (("ack".equals(type) || "reject".equals(type)) && id.equals(m.getString("id"))) {
                return m;
            }
            seen.add(m);
        }
    }

    /** Like {@link #call}, failing unless the command is acknowledged. */
    public JsonObject ok(JsonObject command) throws Exception {
        JsonObject answer = call(command);
        assertEquals("ack", answer.getString("type"), () -> command.encode() + " → " + answer.encode());
        return answer;
    }

    /** Waits until an event of a type arrives (or has arrived since the last look), keeping the rest. */
    public JsonObject awaitEvent(String eventType) throws Exception {
        for (int i = 0; i < seen.size(); i++) {
            JsonObject m = seen.get(i);
            if ("event".equals(m.getString("type")) && eventType.equals(m.getJsonObject("event").getString("type"))) {
                seen.remove(i);
                return m;
            }
        }
        while (true) {
            JsonObject m = next();
            if ("event".equals(m.getString("type")) && eventType.equals(m.getJsonObject("event").getString("type"))) {
                return m;
            }
            seen.add(m);
        }
    }

    public JsonObject next() throws Exception {
        JsonObject m = inbox.poll(10, TimeUnit.SECONDS);
        assertNotNull(m, "nothing received within 10 s");
        return m;
    }

    /** The next message of a type, failing if another type comes first. */
    public JsonObject next(String type) throws Exception {
        JsonObject m = next();
        assertEquals(type, m.getString("type"), m.encode());
        return m;
    }

    /** Asserts that nothing at all arrives for a while: what a role must not see never comes. */
    public void expectSilence(long millis) throws Exception {
        JsonObject m = inbox.poll(millis, TimeUnit.MILLISECONDS);
        assertNull(m, () -> "expected nothing, received " + m.encode());
    }

    /** Round-trips a ping: everything the server sent before the pong is then in the inbox. */
    public List<JsonObject> drain() throws Exception {
        String id = UUID.randomUUID().toString();
        send(new JsonObject().put("type", "ping").put("id", id));
        List<JsonObject> before = new ArrayList<>();
        while (true) {
            JsonObject m = next();
            if ("pong".equals(m.getString("type")) && id.equals(m.getString("id"))) {
                return before;
            }
            before.add(m);
        }
    }

    /** Stops reading from the socket (TCP back-pressure): a client that no longer keeps up. */
    public void stopReading() {
        socket.pause();
    }

    /** Everything queued so far, without waiting. */
    public List<JsonObject> drainQuietly() {
        List<JsonObject> out = new ArrayList<>();
        inbox.drainTo(out);
        return out;
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    public Short closeStatus() {
        return closeStatus;
    }

    /** The reason the server gave when it closed this connection, or null. */
    public String closeReason() {
        return closeReason;
    }

    /** A peer on a websocket to a node that runs elsewhere (another process). */
    public static WsPeer connect(io.vertx.core.http.WebSocketClient client, int port) throws Exception {
        return new WsPeer(TestServer.await(client.connect(port, "127.0.0.1", "/ws")));
    }

    @Override
    public void close() throws Exception {
        if (!socket.isClosed()) {
            TestServer.await(socket.close());
        }
    }
}
