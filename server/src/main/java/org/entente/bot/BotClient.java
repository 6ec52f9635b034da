package org.entente.bot;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One role's websocket, spoken exactly as a player's browser speaks it (docs/api/asyncapi.yaml):
 * join with a token, keep a {@link BotModel} from the welcome, snapshots and events, send commands
 * with fresh ids and wait for each one's ack or reject. A dropped connection is resumed with
 * {@code lastSeq}, and commands still unanswered are sent again under the same id (the server
 * acknowledges a repeated id as a duplicate, so nothing is done twice).
 *
 * <p>The blocking methods ({@link #connect}, {@link #call}, {@link #sync}) must not be called on an
 * event loop; bots call them from their own thread.
 */
public final class BotClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotClient.class);
    private static final long ANSWER_SECONDS = 20;
    private static final int MAX_RECONNECTS = 20;

    private final Vertx vertx;
    /** Kept in a field and closed in {@link #close}: Vert.x closes a client when it is garbage-collected. */
    private final WebSocketClient client;
    private final String host;
    private final int port;
    private final String token;
    private final String name;
    private final String idPrefix;
    private final AtomicLong counter = new AtomicLong();
    private final BotModel model = new BotModel();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> pings = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> pingFrames = new ConcurrentHashMap<>();
    /** Once the server has said RATE_LIMITED, frames are spaced out (at most 8 a second). */
    private volatile boolean paced;
    private long nextWriteAt;
    private final List<Consumer<JsonObject>> listeners = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
    private volatile boolean closing;
    private volatile boolean revoked;
    private volatile int reconnects;
    private volatile int welcomes;
    private volatile Runnable onLost = () -> { };

    private record Pending(JsonObject frame, CompletableFuture<JsonObject> answer) {
    }

    /**
     * @param name     the display name shown as the author of its messages
     * @param idPrefix what its command ids start with (ids stay unique per role, e.g. "bot-GBR")
     */
    public BotClient(Vertx vertx, String host, int port, String token, String name, String idPrefix) {
        this.vertx = vertx;
        this.host = host;
        this.port = port;
        this.token = token;
        this.name = name;
        this.idPrefix = idPrefix.replaceAll("[^A-Za-z0-9._:-]", "-") + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxMessageSize(64 * 1024 * 1024).setMaxFrameSize(64 * 1024 * 1024));
    }

    public BotModel model() {
        return model;
    }

    /** Called with every event frame once the model has applied it, on the connection's thread. */
    public void onEvent(Consumer<JsonObject> listener) {
        listeners.add(listener);
    }

    /** Called when the connection is gone for good: access revoked, or it could not be resumed. */
    public void onLost(Runnable r) {
        onLost = r;
    }

    public boolean revoked() {
        return revoked;
    }

    public boolean open() {
        WebSocket s = socket;
        return s != null && !s.isClosed() && !closing && !revoked;
    }

    /** Connects and joins; returns the welcome. */
    public JsonObject connect() {
        open(null);
        return await(welcome, "welcome");
    }

    private void open(Long lastSeq) {
        CompletableFuture<JsonObject> w = new CompletableFuture<>();
        welcome = w;
        client.connect(port, host, "/ws").onSuccess(ws -> {
            socket = ws;
            ws.textMessageHandler(this::onFrame);
            ws.closeHandler(v -> onClosed(ws));
            ws.exceptionHandler(e -> LOG.debug("bot {}: {}", name, e.toString()));
            JsonObject join = new JsonObject().put("type", "join").put("token", token).put("name", name);
            if (lastSeq != null && lastSeq >= 0) {
                join.put("lastSeq", lastSeq);
            }
            ws.writeTextMessage(join.encode());
        }).onFailure(e -> {
            w.completeExceptionally(new BotException("cannot connect to ws://" + host + ":" + port + "/ws: " + e.getMessage(), e));
            if (lastSeq != null) {
                scheduleReconnect();
            }
        });
    }

    private void onClosed(WebSocket ws) {
        if (ws != socket || closing) {
            return;
        }
        Short status = ws.closeStatusCode();
        if (revoked || (status != null && status == 4001)) {
            revoked = true;
            failPending("access revoked");
            onLost.run();
            return;
        }
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (closing || revoked) {
            return;
        }
        if (++reconnects > MAX_RECONNECTS) {
            failPending("connection lost");
            onLost.run();
            return;
        }
        vertx.setTimer(200L * Math.min(reconnects, 10), t -> {
            if (!closing) {
                open(model.seq());
            }
        });
    }

    private void onFrame(String text) {
        JsonObject m;
        try {
            m = new JsonObject(text);
        } catch (RuntimeException e) {
            LOG.warn("bot {}: unreadable frame {}", name, text);
            return;
        }
        switch (m.getString("type", "")) {
            case "welcome" -> {
                model.welcome(m);
                reconnects = 0;
                welcomes++;
                welcome.complete(m);
                resendUnanswered();
            }
            case "snapshot" -> model.snapshot(m);
            case "patch" -> model.patch(m);
            case "event" -> {
                if (model.apply(m)) {
                    for (Consumer<JsonObject> l : listeners) {
                        try {
                            l.accept(m);
                        } catch (RuntimeException e) {
                            LOG.warn("bot {}: listener failed: {}", name, e.toString(), e);
                        }
                    }
                }
            }
            case "ack" -> answer(m);
            case "reject" -> {
                String id = m.getString("id");
                String code = m.getString("code", "");
                if (id == null) {
                    if ("ACCESS_REVOKED".equals(code)) {
                        revoked = true;
                    } else if ("RATE_LIMITED".equals(code)) {
                        // A frame was dropped unread and the server cannot say which: from now on send more
                        // slowly, and send everything unanswered again (a repeated id is acknowledged as a duplicate).
                        paced = true;
                        vertx.setTimer(1000, t -> resendUnanswered());
                    } else if (!welcome.isDone()) {
                        welcome.completeExceptionally(new BotException(code + ": " + m.getString("message")));
                    } else {
                        LOG.debug("bot {}: {}", name, m.encode());
                    }
                } else if (code.contains("RATE") && pending.containsKey(id)) {
                    // Sent too fast for the server's per-connection budget: the same id again, a little later.
                    Pending p = pending.get(id);
                    vertx.setTimer(300, t -> write(p.frame()));
                } else {
                    answer(m);
                }
            }
            case "pong" -> {
                pingFrames.remove(m.getString("id", ""));
                CompletableFuture<Void> f = pings.remove(m.getString("id", ""));
                if (f != null) {
                    f.complete(null);
                }
            }
            default -> LOG.debug("bot {}: frame {}", name, m.getString("type"));
        }
    }

    private void answer(JsonObject m) {
        Pending p = pending.remove(m.getString("id", ""));
        if (p != null) {
            p.answer().complete(m);
        }
    }

    /** How many times the server has welcomed this client (1 + the resumes). */
    int welcomes() {
        return welcomes;
    }

    /** Drops the connection as a network failure would (for tests): the client resumes with lastSeq. */
    void dropConnection() {
        WebSocket s = socket;
        if (s != null) {
            s.close();
        }
    }

    /** Sends a command with a fresh id and waits for its ack or reject, which it returns. */
    public JsonObject call(JsonObject command) {
        String id = idPrefix + "-" + counter.incrementAndGet();
        JsonObject frame = command.copy().put("id", id);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, new Pending(frame, answer));
        write(frame);
        return await(answer, command.getString("type"));
    }

    /**
     * Waits until every frame the server sent before now has been applied to the model: a ping is
     * answered only after what the server wrote to this connection before it.
     */
    public void sync() {
        String id = idPrefix + "-ping-" + counter.incrementAndGet();
        CompletableFuture<Void> f = new CompletableFuture<>();
        pings.put(id, f);
        JsonObject ping = new JsonObject().put("type", "ping").put("id", id);
        pingFrames.put(id, ping);
        write(ping);
        await(f, "pong");
    }

    private void resendUnanswered() {
        pending.values().forEach(p -> write(p.frame()));
        pingFrames.values().forEach(this::write);
    }

    private void write(JsonObject frame) {
        if (!paced) {
            writeNow(frame);
            return;
        }
        long delayMs;
        synchronized (this) {
            long now = System.nanoTime();
            nextWriteAt = Math.max(now, nextWriteAt) + 125_000_000L;
            delayMs = Math.max(1, (nextWriteAt - now) / 1_000_000L);
        }
        vertx.setTimer(delayMs, t -> writeNow(frame));
    }

    private void writeNow(JsonObject frame) {
        WebSocket s = socket;
        if (s != null && !s.isClosed() && welcome.isDone()) {
            s.writeTextMessage(frame.encode());
        } else if (s != null && !s.isClosed() && "join".equals(frame.getString("type"))) {
            s.writeTextMessage(frame.encode());
        }
        // otherwise it is sent again once the connection is resumed
    }

    private void failPending(String why) {
        pending.values().forEach(p -> p.answer().completeExceptionally(new BotException(why)));
        pending.clear();
        pings.values().forEach(f -> f.completeExceptionally(new BotException(why)));
        pings.clear();
        pingFrames.clear();
    }

    private <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted waiting for " + what);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof BotException b ? b : new BotException(what + ": " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new BotException("no " + what + " within " + ANSWER_SECONDS + " s");
        }
    }

    @Override
    public void close() {
        closing = true;
        failPending("closed");
        WebSocket s = socket;
        CompletableFuture<Void> done = new CompletableFuture<>();
        (s != null && !s.isClosed() ? s.close() : io.vertx.core.Future.<Void>succeededFuture())
                .eventually(() -> client.close())
                .onComplete(r -> done.complete(null));
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
