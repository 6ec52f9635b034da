package org.entente.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client whose session is hosted on another node: this node pipes its text frames, unchanged and
 * in order, to a websocket on the owner's {@code /ws}, and the owner's frames back. The owner does
 * everything else (token check, rate limits, {@code Audience} filtering, resume), exactly as for a
 * client connected to it directly. If the owner goes away the client is closed with 1012 and
 * reconnects — to any node — resuming from its last position.
 */
final class Relay {
    static final short GOING_AWAY = 1012;
    private final WebSocketClient client;
    private final AtomicInteger open = new AtomicInteger();

    Relay(Vertx vertx) {
        // Vert.x allows 50 websockets per endpoint by default and queues the rest: the 51st player relayed from
        // this node to one owner would wait for a join answer until another left. The node's own admission limits
        // bound its connections; the relay adds none.
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxFrameSize(1 << 20).setMaxMessageSize(16 << 20).setConnectTimeout(5000)
                .setMaxConnections(Integer.MAX_VALUE));
    }

    int open() {
        return open.get();
    }

    Future<Void> pipe(ServerWebSocket downstream, String address, String joinFrame) {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        int port = Integer.parseInt(address.substring(colon + 1));
        return client.connect(port, host, "/ws").map(upstream -> {
            open.incrementAndGet();
            upstream.textMessageHandler(text -> {
                downstream.writeTextMessage(text);
                if (downstream.writeQueueFull()) {
                    upstream.pause();
                    downstream.drainHandler(v -> upstream.resume());
                }
            });
            downstream.textMessageHandler(text -> {
                upstream.writeTextMessage(text);
                if (upstream.writeQueueFull()) {
                    downstream.pause();
                    upstream.drainHandler(v -> downstream.resume());
                }
            });
            downstream.binaryMessageHandler(b -> upstream.writeBinaryMessage(b));
            upstream.closeHandler(v -> {
                open.decrementAndGet();
                Short code = upstream.closeStatusCode();
                if (code == null || code == 1006 || code == 1001 || code == 1011) {
                    close(downstream, GOING_AWAY, "the node hosting this session went away; reconnect and resume from your last seq");
                } else {
                    close(downstream, code, upstream.closeReason());
                }
            });
            upstream.exceptionHandler(e -> upstream.close());
            downstream.closeHandler(v -> {
                if (!upstream.isClosed()) {
                    upstream.close();
                }
            });
            downstream.exceptionHandler(e -> downstream.close());
            upstream.writeTextMessage(joinFrame);
            return null;
        });
    }

    private static void close(ServerWebSocket socket, short code, String reason) {
        if (!socket.isClosed()) {
            socket.close(code, reason == null ? "" : reason);
        }
    }

}
