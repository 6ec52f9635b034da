package org.entente.web;

import io.vertx.core.http.ServerWebSocket;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.Recorded;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;
import org.entente.session.Subscriber;
import org.entente.session.Tokens;
import org.entente.web.protocol.ClientMessage;
import org.entente.web.protocol.ProtocolDecoder;
import org.entente.web.protocol.ProtocolError;
import org.entente.web.protocol.ServerMessages;

/**
 * One websocket: it decodes frames, holds the role its token granted, and forwards commands to
 * that role's session. Bad frames are answered with a rejection; the connection stays open.
 */
final class ClientConnection implements Subscriber {
    private final ServerWebSocket socket;
    private final SessionRegistry registry;
    private final ProtocolDecoder decoder;
    private volatile SessionVerticle session;
    private volatile Role role;
    private volatile String displayName;

    ClientConnection(ServerWebSocket socket, SessionRegistry registry, ProtocolDecoder decoder) {
        this.socket = socket;
        this.registry = registry;
        this.decoder = decoder;
    }

    void start() {
        socket.textMessageHandler(this::onText);
        socket.binaryMessageHandler(b -> send(ServerMessages.reject(null, "BINARY_NOT_SUPPORTED", null,
                "Send JSON text frames; binary frames are not part of the protocol.")));
        socket.closeHandler(v -> leave());
        socket.exceptionHandler(e -> socket.close());
    }

    private void onText(String text) {
        ClientMessage message;
        try {
            message = decoder.decode(text);
        } catch (ProtocolError e) {
            send(ServerMessages.reject(e.id(), e.code(), e.field(), e.getMessage()));
            return;
        }
        if (message instanceof ClientMessage.Join join) {
            join(join);
        } else if (message instanceof ClientMessage.Ping ping) {
            send(ServerMessages.pong(ping.id()));
        } else if (message instanceof ClientMessage.CommandRequest request) {
            command(request);
        }
    }

    private void join(ClientMessage.Join join) {
        if (session != null) {
            send(ServerMessages.reject(null, "ALREADY_JOINED", null,
                    "This connection has joined already; open another connection to join as another role."));
            return;
        }
        var grant = registry.grantFor(join.token());
        var target = grant.flatMap(g -> registry.session(g.sessionId()));
        if (target.isEmpty()) {
            send(ServerMessages.reject(null, "UNKNOWN_TOKEN", "token",
                    "This token opens no session: it may be mistyped, revoked, or from a server that has been reset."));
            return;
        }
        role = grant.get().role();
        displayName = join.name();
        // Set before the attach is queued: commands and a close that follow are queued after it, in order.
        SessionVerticle joined = target.get();
        session = joined;
        String hash = Tokens.hash(join.token());
        joined.run(sess -> {
            if (!sess.attach(this, join.lastSeq(), hash)) {
                session = null;
            }
        });
    }

    private void command(ClientMessage.CommandRequest request) {
        SessionVerticle s = session;
        if (s == null) {
            send(ServerMessages.reject(request.id(), "NOT_JOINED", null, "Join with your token before sending commands."));
            return;
        }
        var command = request.command() instanceof PostMessage p
                ? new PostMessage(p.channel(), p.text(), displayName) : request.command();
        s.call(sess -> {
            sess.submit(this, request.id(), command);
            return null;
        }).onFailure(e -> send(ServerMessages.reject(request.id(), "INTERNAL", null,
                "The server could not record this command; nothing changed. Try again.")));
    }

    private void leave() {
        SessionVerticle s = session;
        if (s != null) {
            s.run(sess -> sess.detach(this));
        }
    }

    private void send(String frame) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(frame);
        }
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public void disconnect(String reason) {
        send(ServerMessages.reject(null, "ACCESS_REVOKED", null, reason));
        socket.close((short) 4001, "access revoked");
    }

    @Override
    public void welcome(String sessionId, Role r, long position, RoleView snapshot, boolean resumed) {
        send(ServerMessages.welcome(sessionId, r, position, snapshot, resumed));
    }

    @Override
    public void event(long position, Recorded recorded, String eventJson) {
        send(ServerMessages.event(position, recorded, eventJson));
    }

    @Override
    public void refreshed(long position, RoleView view) {
        send(ServerMessages.snapshot(position, view));
    }

    @Override
    public void acknowledged(String commandId, long position, boolean duplicate) {
        send(ServerMessages.ack(commandId, position, duplicate));
    }

    @Override
    public void rejected(String commandId, Rejection rejection) {
        send(ServerMessages.reject(commandId, rejection));
    }
}
