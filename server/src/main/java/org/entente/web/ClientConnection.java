package org.entente.web;

import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import org.entente.config.Limits;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.Recorded;
import org.entente.session.BulkLane;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;
import org.entente.session.SharedEvent;
import org.entente.session.SharedView;
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
    /** This client's last action queued behind one of its bulk commands, while any is outstanding (event loop only). */
    private Future<Void> afterBulk;
    private volatile Role role;
    private volatile String displayName;
    private volatile String tokenHash;
    private final Limits limits;
    private final ConnectionCounter counter;
    private final RateLimit rate;
    private final java.util.concurrent.atomic.AtomicInteger strikes = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean dropped;
    /** Cluster mode: this socket is being handed to a relay to the node that hosts its session. */
    private volatile boolean relaying;
    /** Everything written to this client and not yet taken by the network: bounded by maxQueuedBytes. */
    private final Outbox outbox;
    private final io.vertx.core.Vertx vertx;
    /** Set once this side has decided to close: nothing more is sent or read after that (RFC 6455, 5.5.1). */
    private volatile boolean closing;

    ClientConnection(io.vertx.core.Vertx vertx, ServerWebSocket socket, SessionRegistry registry, ProtocolDecoder decoder,
                     Limits limits, ConnectionCounter counter, NodeQueues node) {
        this.vertx = vertx;
        this.socket = socket;
        this.registry = registry;
        this.decoder = decoder;
        this.limits = limits;
        this.counter = counter;
        this.rate = new RateLimit(limits.commandsPerSecond(), limits.commandBurst(), System.nanoTime());
        this.outbox = new Outbox(socket, limits.maxQueuedBytes(), node, this::tooSlow, this::shedByNode);
    }

    void start() {
        socket.textMessageHandler(this::onText);
        socket.binaryMessageHandler(b -> send(ServerMessages.reject(null, "BINARY_NOT_SUPPORTED", null,
                "Send JSON text frames; binary frames are not part of the protocol.")));
        socket.closeHandler(v -> {
            closing = true;
            outbox.close();
            leave();
        });
        socket.exceptionHandler(this::onTransportError);
        vertx.setTimer(limits.joinTimeoutSeconds() * 1000L, id -> {
            if (session == null && !relaying && !closing) {
                closeWith(1008, "no join within joinTimeoutSeconds (" + limits.joinTimeoutSeconds() + " s)");
            }
        });
    }

    /**
     * A frame the transport refused (too large, bad UTF-8, reserved bits, a protocol violation): close with
     * the status RFC 6455 gives it (1009, 1007, 1002), not a normal closure.
     */
    private void onTransportError(Throwable e) {
        if (e instanceof io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException c && c.closeStatus() != null) {
            String reason = c.closeStatus().code() == 1009
                    ? "frame larger than hardFrameBytes (" + limits.hardFrameBytes() + ")" : c.closeStatus().reasonText();
            closeWith(c.closeStatus().code(), reason);
        } else {
            closeWith(1011, "transport error");
        }
    }

    /** Closes this connection once, with a status and a reason (at most 123 bytes); nothing is sent after it. */
    void closeWith(int status, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        outbox.close();
        leave(); // stop queueing at once: the close handshake itself may wait behind what is in flight
        socket.close((short) status, reason.length() > 120 ? reason.substring(0, 120) : reason);
    }

    private void tooSlow() {
        dropped = true;
        closeWith(1008, "too slow: more than maxQueuedBytes waiting; reconnect and resume from your last seq");
    }

    private void shedByNode() {
        dropped = true;
        closeWith(1008, "server busy: it holds too much for its clients and dropped the largest; reconnect and resume");
    }

    private void onText(String text) {
        if (closing) {
            return;
        }
        if (!rate.tryTake(System.nanoTime())) {
            if (strikes.incrementAndGet() > limits.maxStrikes()) {
                closeWith(1008, "too many frames: commandsPerSecond exceeded again and again");
                return;
            }
            send(ServerMessages.reject(idOf(text), "RATE_LIMITED", null, "Too many frames: the limit is "
                    + limits.commandsPerSecond() + " per second (commandsPerSecond), in bursts of " + limits.commandBurst()
                    + ". This frame was not processed; slow down or the connection will be closed."));
            return;
        }
        ClientMessage message;
        try {
            message = decoder.decode(text);
        } catch (ProtocolError e) {
            send(ServerMessages.reject(e.id(), e.code(), e.field(), e.getMessage()));
            return;
        }
        if (message instanceof ClientMessage.Join join) {
            join(join, text);
        } else if (message instanceof ClientMessage.Ping ping) {
            // Through the session when joined, so that the pong follows everything the session sent before it.
            SessionVerticle s = session;
            if (s == null) {
                send(ServerMessages.pong(ping.id()));
            } else {
                inOrder(false, s, sess -> {
                    send(ServerMessages.pong(ping.id()));
                    return null;
                });
            }
        } else if (message instanceof ClientMessage.CommandRequest request) {
            command(request);
        }
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9._:-]{1,64})\"");

    /** The command id of a frame we will not parse, if it is plainly there: so the client knows which to send again. */
    private static String idOf(String text) {
        var m = ID.matcher(text.length() > 512 ? text.substring(0, 512) : text);
        return m.find() ? m.group(1) : null;
    }

    private void join(ClientMessage.Join join, String frame) {
        if (session != null) {
            send(ServerMessages.reject(null, "ALREADY_JOINED", null,
                    "This connection has joined already; open another connection to join as another role."));
            return;
        }
        var grant = registry.grantFor(join.token());
        var target = grant.flatMap(g -> registry.session(g.sessionId()));
        if (target.isEmpty() && registry.cluster() != null && session == null && !relaying) {
            // Cluster mode (issue 8): the session may be hosted on another node; this socket then becomes a pipe to it.
            relaying = true;
            socket.pause();
            registry.cluster().relay(socket, frame, Tokens.hash(join.token())).onComplete(outcome -> {
                SessionRegistry.RelayOutcome o = outcome.failed() ? SessionRegistry.RelayOutcome.UNAVAILABLE : outcome.result();
                if (o != SessionRegistry.RelayOutcome.PIPED) {
                    relaying = false;
                    send(o == SessionRegistry.RelayOutcome.UNKNOWN ? unknownToken() : unavailable());
                }
                socket.resume();
            });
            return;
        }
        if (target.isEmpty()) {
            send(unknownToken());
            return;
        }
        String hash = Tokens.hash(join.token());
        if (!counter.tryOpen(hash, limits.maxConnectionsPerToken())) {
            send(ServerMessages.reject(null, "TOO_MANY_CONNECTIONS", "token", "This token already holds "
                    + limits.maxConnectionsPerToken() + " open connections (maxConnectionsPerToken); close one first."));
            return;
        }
        tokenHash = hash;
        role = grant.get().role();
        displayName = join.name();
        // Set before the attach is queued: commands and a close that follow are queued after it, in order.
        SessionVerticle joined = target.get();
        session = joined;
        joined.run(sess -> {
            if (!sess.attach(this, join.lastSeq(), hash)) {
                session = null;
                counter.close(hash);
                tokenHash = null;
            }
        });
    }

    private static String unknownToken() {
        return ServerMessages.reject(null, "UNKNOWN_TOKEN", "token",
                "This token opens no session: it may be mistyped, revoked, or from a server that has been reset.");
    }

    /** Cluster mode: the session is moving to another node or waits for a majority; the client retries. */
    private static String unavailable() {
        return ServerMessages.reject(null, "SESSION_UNAVAILABLE", null,
                "This session is moving to another node or waiting for the cluster to regain a majority; "
                        + "nothing is lost. Retrying shortly.");
    }

    private void command(ClientMessage.CommandRequest request) {
        SessionVerticle s = session;
        if (s == null) {
            send(ServerMessages.reject(request.id(), "NOT_JOINED", null, "Join with your token before sending commands."));
            return;
        }
        var command = request.command() instanceof PostMessage p
                ? new PostMessage(p.channel(), p.text(), displayName) : request.command();
        inOrder(BulkLane.carries(role, command), s, sess -> {
            sess.submit(this, request.id(), command);
            return null;
        }).onFailure(e -> {
            if (e instanceof org.entente.cluster.NotOwnerException) {
                // Cluster mode: this node can no longer write the session. The command was not acknowledged;
                // the client reconnects (to any node), resumes and sends it again with the same id.
                moved("this session moved to another node; reconnect and resume from your last seq");
                return;
            }
            send(ServerMessages.reject(request.id(), "INTERNAL", null,
                    "The server could not record this command; nothing changed. Try again."));
        });
    }

    /**
     * Queues this client's action on its session, keeping the order in which the client sent them: a bulk command
     * waits for the node's {@link BulkLane}, so whatever this client sends after it waits for it (chained), while
     * other clients' actions are not held up. Runs on the socket's event loop.
     */
    private Future<Void> inOrder(boolean bulk, SessionVerticle s, java.util.function.Function<Session, Void> action) {
        if (!bulk && (afterBulk == null || afterBulk.isComplete())) {
            return s.call(action);
        }
        Future<Void> previous = afterBulk == null ? Future.succeededFuture() : afterBulk;
        Future<Void> next = previous.transform(done -> bulk ? s.callBulk(action) : s.call(action));
        afterBulk = next;
        return next;
    }

    @Override
    public void moved(String reason) {
        closeWith(1012, reason);
    }

    private synchronized void leave() {
        if (tokenHash != null) {
            counter.close(tokenHash);
            tokenHash = null;
        }
        SessionVerticle s = session;
        session = null;
        if (s != null) {
            s.run(sess -> sess.detach(this));
        }
    }

    /**
     * Queues a frame for the client. A client that stops reading is not allowed to grow the server's
     * memory: once what it holds passes maxQueuedBytes it is disconnected, and resumes from its last
     * position when it comes back.
     */
    private void send(String frame) {
        if (closing || dropped) {
            return;
        }
        outbox.offer(frame);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public long catchUpBudget() {
        return limits.maxQueuedBytes() / 2;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public void disconnect(String reason) {
        send(ServerMessages.reject(null, "ACCESS_REVOKED", null, reason));
        closeWith(4001, "access revoked");
    }

    @Override
    public void welcome(String sessionId, Role r, long position, RoleView snapshot, boolean resumed) {
        send(ServerMessages.welcome(sessionId, r, position, snapshot, resumed));
    }

    @Override
    public void event(long position, SharedEvent event) {
        if (closing || dropped) {
            return;
        }
        byte[] tail = event.wireTail(e -> ServerMessages.eventTail(e.recorded(), e.json()));
        outbox.offer(ServerMessages.eventHead(position), tail);
    }

    @Override
    public void refreshed(long position, SharedView view) {
        if (closing || dropped) {
            return;
        }
        byte[] tail = view.wireTail(v -> ServerMessages.snapshotTail(v.json()));
        if (view.isPatch()) {
            outbox.offer(ServerMessages.patchHead(position), tail, Outbox.Kind.PATCH);
        } else {
            outbox.offer(ServerMessages.snapshotHead(position), tail, Outbox.Kind.VIEW);
        }
    }

    @Override
    public void acknowledged(String commandId, long position, boolean duplicate) {
        send(ServerMessages.ack(commandId, position, duplicate));
    }

    @Override
    public void rejected(String commandId, Rejection rejection) {
        send(ServerMessages.reject(commandId, rejection));
        if ("RATE_LIMITED".equals(rejection.code()) && strikes.incrementAndGet() > limits.maxStrikes()) {
            closeWith(1008, "too many refused changes: " + rejection.field() + " exceeded again and again");
        }
    }
}
