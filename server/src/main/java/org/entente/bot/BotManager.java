package org.entente.bot;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.entente.engine.Decision;
import org.entente.engine.Role;
import org.entente.engine.command.IssueAccess;
import org.entente.engine.command.RevokeAccess;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;
import org.entente.session.Tokens;

/**
 * Bots a facilitator puts into empty roles of live sessions on this node. Each bot runs inside the
 * node but talks to it exactly as a player does, over a real websocket to the node's own
 * {@code /ws}: the manager asks the session for a fresh token for the role (as an invite is
 * issued), connects a {@link BotClient} with it and lets the bot play on its own. Taking the bot
 * out closes its connection and revokes the role's tokens, so that a late-arriving player can take
 * the role with a fresh invite.
 */
public final class BotManager {

    /** A refusal with the HTTP status, code and field the API answers with. */
    public static final class Refused extends RuntimeException {
        public final int status;
        public final String code;
        public final String field;

        Refused(int status, String code, String field, String message) {
            super(message);
            this.status = status;
            this.code = code;
            this.field = field;
        }
    }

    private record Running(String session, String role, String policy, long since, Bot bot) {
        JsonObject describe() {
            return new JsonObject().put("session", session).put("role", role).put("policy", policy).put("since", since)
                    .put("connected", bot != null && bot.client().open());
        }
    }

    private final Vertx vertx;
    private final SessionRegistry registry;
    private final Supplier<String> host;
    private final IntSupplier port;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    /**
     * @param host the address bots connect to (the node's, loopback when it listens on every address)
     * @param port the node's port, known only once it listens
     */
    public BotManager(Vertx vertx, SessionRegistry registry, Supplier<String> host, IntSupplier port) {
        this.vertx = vertx;
        this.registry = registry;
        this.host = host;
        this.port = port;
    }

    private static String key(String session, String role) {
        return session + "/" + role;
    }

    private record Prepared(Decision decision, long seed, String problem) {
    }

    /** Puts a bot playing {@code policyName} into an empty national role; answers its description. */
    public Future<JsonObject> start(SessionVerticle session, String role, String policyName) {
        Policy policy = Policies.create(policyName).orElse(null);
        if (policy == null) {
            return Future.failedFuture(new Refused(400, "INVALID_FIELD", "policy", "There is no policy '" + policyName
                    + "'. Policies: " + String.join(", ", Policies.names()) + "."));
        }
        String key = key(session.id(), role);
        Running reservation = new Running(session.id(), role, policyName, System.currentTimeMillis(), null);
        if (running.putIfAbsent(key, reservation) != null) {
            return Future.failedFuture(new Refused(409, "BOT_EXISTS", "role", "A bot already holds " + role
                    + " in this session; take it out first (DELETE .../bots/" + role + ")."));
        }
        String token = Tokens.newToken();
        String hash = Tokens.hash(token);
        return session.call(s -> {
            if (!s.state().nationIds().contains(role)) {
                return new Prepared(null, 0, "no-role");
            }
            if (s.subscribers().stream().anyMatch(sub -> role.equals(sub.role() == null ? null : sub.role().id()))) {
                return new Prepared(null, 0, "occupied");
            }
            long seed = s.state().world().seed();
            Decision issued = s.perform(Role.whiteCell(), new IssueAccess(Role.nation(role), hash));
            if (!(issued instanceof Decision.Rejected)) {
                registry.grant(session.id(), Role.nation(role), hash); // on the session's thread, in log order
            }
            return new Prepared(issued, seed, null);
        }).compose(p -> {
            if ("no-role".equals(p.problem())) {
                throw new Refused(400, "INVALID_FIELD", "role", "'" + role + "' is not a nation of this session.");
            }
            if ("occupied".equals(p.problem())) {
                throw new Refused(409, "ROLE_OCCUPIED", "role", "A player is connected as " + role
                        + "; a bot takes only an empty role.");
            }
            if (p.decision() instanceof Decision.Rejected r) {
                throw new Refused(400, r.rejection().code(), r.rejection().field(), r.rejection().message());
            }
            BotClient client = new BotClient(vertx, host.get(), port.getAsInt(), token, "Bot (" + policyName + ")", "bot-" + role);
            Bot bot = new Bot(role, policy, client, p.seed());
            Running r = new Running(session.id(), role, policyName, reservation.since(), bot);
            running.put(key, r);
            client.onLost(() -> {
                if (running.remove(key, r)) {
                    vertx.executeBlocking(() -> {
                        bot.close();
                        return null;
                    });
                }
            });
            return vertx.executeBlocking(() -> {
                bot.connect();
                bot.runAutonomously();
                return r.describe().put("connected", true);
            });
        }).onFailure(e -> {
            Running r = running.get(key);
            if (r != null && (r == reservation || r.bot() != null && !r.bot().client().open())) {
                running.remove(key);
                if (r.bot() != null) {
                    vertx.executeBlocking(() -> {
                        r.bot().close();
                        return null;
                    });
                }
            }
        });
    }

    /** Takes a bot out of its role: closes its connection and revokes the role's tokens. */
    public Future<Void> stop(SessionVerticle session, String role) {
        Running r = running.remove(key(session.id(), role));
        if (r == null) {
            return Future.failedFuture(new Refused(404, "NO_BOT", "role", "No bot holds " + role + " in this session."));
        }
        Future<Void> closed = r.bot() == null ? Future.succeededFuture() : vertx.executeBlocking(() -> {
            r.bot().close();
            return null;
        });
        return closed.compose(v -> session.call(s -> {
            Decision d = s.perform(Role.whiteCell(), new RevokeAccess(Role.nation(role), "the white cell took the bot out of the role"));
            if (!(d instanceof Decision.Rejected)) {
                registry.revoke(session.id(), Role.nation(role)); // on the session's thread, in log order (see SessionApi)
            }
            return d;
        })).map(decision -> {
            if (decision instanceof Decision.Rejected rej) {
                throw new Refused(400, rej.rejection().code(), rej.rejection().field(), rej.rejection().message());
            }
            return null;
        });
    }

    /** The bots of a session. */
    public List<JsonObject> list(String sessionId) {
        List<JsonObject> out = new ArrayList<>();
        running.values().stream().filter(r -> r.session().equals(sessionId) && r.bot() != null)
                .sorted(java.util.Comparator.comparing(Running::role)).forEach(r -> out.add(r.describe()));
        return out;
    }
}
