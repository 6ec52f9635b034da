package org.entente.bench;

import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * One websocket, joined with its invite token (or the facilitator token for the white cell). Every call
 * runs on its lane's event loop. Frames are read with string searches, not a JSON parser, to keep the
 * generator's own CPU small: the servers write {@code "type"} first, and a message's text starts with
 * {@code t=<System.nanoTime() at send>}, which gives the end-to-end latency on receipt (one JVM, one clock).
 */
final class Player {
    private static final String TEXT_MARK = "\"text\":\"t=";

    final int index;
    final String role;
    final String token;
    final boolean whiteCell;
    /** The bilateral channel this player talks in (with the next nation), or null. */
    final String bilateral;
    /** Entente turns: this player makes an offer to {@code offerTo} in each negotiation and gives orders. */
    final String offerTo;
    private final Metrics metrics;
    private final String filler;
    /** The node this player connects to (a cluster spreads its players), or 0 for the target's only port. */
    int port;
    private WebSocket ws;
    private boolean joined;
    private long connectStart;
    private long commands;
    private long pendingCommandAt;

    Player(int index, String role, String token, boolean whiteCell, String bilateral, String offerTo, Metrics metrics,
           int textBytes) {
        this.index = index;
        this.role = role;
        this.token = token;
        this.whiteCell = whiteCell;
        this.bilateral = bilateral;
        this.offerTo = offerTo;
        this.metrics = metrics;
        this.filler = " " + "x".repeat(Math.max(1, textBytes - 24));
    }

    boolean joined() {
        return joined;
    }

    Future<Void> connect(WebSocketClient client, String host, int port) {
        connectStart = System.nanoTime();
        return client.connect(new WebSocketConnectOptions().setHost(host).setPort(port).setURI("/ws")).compose(socket -> {
            ws = socket;
            socket.textMessageHandler(this::onText);
            socket.exceptionHandler(e -> metrics.error("socket: " + e.getClass().getSimpleName()));
            socket.closeHandler(v -> {
                if (joined) {
                    metrics.error("closed by server");
                }
                joined = false;
            });
            sendJoin();
            return Future.<Void>succeededFuture();
        });
    }

    private void sendJoin() {
        ws.writeTextMessage("{\"type\":\"join\",\"token\":\"" + token + "\",\"name\":\"bench " + index + "\"}");
    }

    /**
     * A cluster answers a join with SESSION_UNAVAILABLE while the session has no serving owner yet (just created,
     * or moving): the web client asks again shortly, and so does the generator — on the same socket.
     */
    private void retryJoin() {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context != null && ws != null && !ws.isClosed()) {
            context.owner().setTimer(250, id -> {
                if (!joined && !ws.isClosed()) {
                    sendJoin();
                }
            });
        }
    }

    void post(boolean plenary) {
        if (!joined || (!plenary && bilateral == null)) {
            return;
        }
        String channel = plenary ? "plenary" : bilateral;
        ws.writeTextMessage("{\"type\":\"post\",\"id\":\"p" + index + "-" + (++commands) + "\",\"channel\":\"" + channel
                + "\",\"text\":\"t=" + System.nanoTime() + filler + "\"}");
        metrics.sent.increment();
    }

    /** A command with no reply-to-latency interest (offers, orders). */
    void command(String type, String fields) {
        if (joined) {
            ws.writeTextMessage("{\"type\":\"" + type + "\",\"id\":\"c" + index + "-" + (++commands) + "\"" + fields + "}");
        }
    }

    /** A white-cell command whose acknowledgement time is recorded. */
    void timedCommand(String type) {
        if (joined) {
            pendingCommandAt = System.nanoTime();
            command(type, "");
        }
    }

    void close() {
        if (ws != null && !ws.isClosed()) {
            joined = false;
            ws.close();
        }
    }

    private void onText(String s) {
        long now = System.nanoTime();
        if (s.startsWith("{\"type\":\"event\"")) {
            int i = s.indexOf(TEXT_MARK);
            if (i > 0) {
                long sentAt = 0;
                for (int j = i + TEXT_MARK.length(); j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    sentAt = sentAt * 10 + (c - '0');
                }
                metrics.delivered.increment();
                long micros = Math.max(0, (now - sentAt) / 1000);
                metrics.delivery.recordValue(micros);
                if (metrics.timeline != null) {
                    metrics.timeline.delivered(sentAt, micros);
                }
            } else if (s.contains("\"phase.began\"")) {
                if (whiteCell && metrics.timeline != null) {
                    int at = s.indexOf("\"phase\":\"");
                    metrics.timeline.phaseChange(now, at < 0 ? "?" : s.substring(at + 9, s.indexOf('"', at + 9)));
                }
                onPhase(s);
            } else if (whiteCell && s.contains("\"turn.adjudicated\"")) {
                metrics.adjudications.increment();
            }
        } else if (s.startsWith("{\"type\":\"ack\"")) {
            if (s.contains("\"id\":\"p")) {
                metrics.acked.increment();
            } else if (pendingCommandAt != 0) {
                metrics.command.recordValue((now - pendingCommandAt) / 1000);
                pendingCommandAt = 0;
            }
        } else if (s.startsWith("{\"type\":\"welcome\"")) {
            joined = true;
            metrics.connect.recordValue((now - connectStart) / 1000);
        } else if (s.startsWith("{\"type\":\"snapshot\"")) {
            metrics.snapshots.increment();
        } else if (s.contains("\"type\":\"reject\"")) {
            int c = s.indexOf("\"code\":\"");
            String code = c < 0 ? "?" : s.substring(c + 8, s.indexOf('"', c + 8));
            if (!joined && "SESSION_UNAVAILABLE".equals(code)) {
                metrics.reject("join: " + code);
                retryJoin();
                return;
            }
            metrics.reject(code);
            if (pendingCommandAt != 0 && s.contains("\"id\":\"c")) {
                pendingCommandAt = 0;
            }
        }
    }

    private void onPhase(String s) {
        if (offerTo == null) {
            return;
        }
        if (s.contains("\"phase\":\"negotiation\"")) {
            command("makeOffer", ",\"to\":\"" + offerTo + "\",\"kind\":\"aid\",\"form\":\"materiel\",\"amount\":1");
        } else if (s.contains("\"phase\":\"orders\"")) {
            command("submitOrders", ",\"forces\":0.2,\"money\":0");
        }
    }
}
