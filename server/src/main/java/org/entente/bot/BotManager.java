package org.entente.bot;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.entente.engine.Decision;
import org.entente.engine.Role;
import org.entente.engine.bots.SeatedBots.SeatedBot;
import org.entente.engine.command.ResumeBot;
import org.entente.engine.command.SeatBot;
import org.entente.engine.command.UnseatBot;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;
import org.entente.session.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bots of the sessions this node hosts. Which bots hold which roles is session state
 * ({@code bot.seated}, {@code bot.unseated}, {@code bot.resumed} in the log): whenever this node starts
 * hosting a session — created here, recovered after a restart, taken over from a node that died — it
 * starts that session's seated bots again, each with a fresh token ({@link ResumeBot}); when it stops
 * hosting the session it stops them, so a bot runs on one node at a time.
 *
 * <p>Each bot runs inside the node but talks to it exactly as a player does, over a real websocket to the
 * node's own {@code /ws}, with a token the session granted it.
 */
public final class BotManager implements SessionRegistry.Hosting {
    private static final Logger LOG = LoggerFactory.getLogger(BotManager.class);

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

    /** A bot playing on this node. */
    private record Running(String session, String role, Bot bot) {
    }

    /** What a session's thread hands over to start one bot: its role, policy, secret token and seed. */
    private record Launch(String role, String policy, String token, long seed) {
    }

    private final Vertx vertx;
    private final SessionRegistry registry;
    private final String nodeId;
    private final Supplier<String> host;
    private final IntSupplier port;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Sessions whose bots this node has started since it began hosting them. */
    private final Set<String> following = ConcurrentHashMap.newKeySet();
    private volatile boolean listening;

    /**
     * @param host the address bots connect to (the node's, loopback when it listens on every address)
     * @param port the node's port, known only once it listens (see {@link #follow()})
     */
    public BotManager(Vertx vertx, SessionRegistry registry, String nodeId, Supplier<String> host, IntSupplier port) {
        this.vertx = vertx;
        this.registry = registry;
        this.nodeId = nodeId;
        this.host = host;
        this.port = port;
        registry.onHosting(this);
    }

    /** The node listens now: start the bots of every session it hosts, and of those it hosts from now on. */
    public void follow() {
        listening = true;
        registry.sessions().forEach(this::hosted);
    }

    private static String key(String session, String role) {
        return session + "/" + role;
    }

    @Override
    public void hosted(SessionVerticle session) {
        if (!listening || !following.add(session.id())) {
            return;
        }
        session.call(s -> {
            List<Launch> launches = new ArrayList<>();
            for (SeatedBot b : List.copyOf(s.state().bots().all())) {
                String token = Tokens.newToken();
                String hash = Tokens.hash(token);
                Decision d = s.perform(Role.whiteCell(), new ResumeBot(b.role(), hash, nodeId));
                if (d instanceof Decision.Rejected r) {
                    LOG.warn("session {}: the bot in {} could not be resumed: {}", s.state().sessionId(), b.role(),
                            r.rejection().message());
                    continue;
                }
                replaceTokens(s.state().sessionId(), b.role(), hash);
                launches.add(new Launch(b.role(), b.policy(), token, s.state().world().seed()));
            }
            return launches;
        }).onSuccess(launches -> launches.forEach(l -> {
            LOG.info("session {}: the bot in {} ({}) resumes on this node", session.id(), l.role(), l.policy());
            launch(session.id(), l).onFailure(e -> LOG.warn("session {}: the bot in {} did not connect: {}",
                    session.id(), l.role(), e.toString()));
        })).onFailure(e -> LOG.warn("session {}: its bots could not be resumed: {}", session.id(), e.toString()));
    }

    @Override
    public void released(String sessionId) {
        following.remove(sessionId);
        running.values().removeIf(r -> {
            if (!r.session().equals(sessionId)) {
                return false;
            }
            close(r.bot());
            return true;
        });
    }

    /** Puts a bot playing {@code policyName} into an empty national role; answers its description. */
    public Future<JsonObject> start(SessionVerticle session, String role, String policyName) {
        if (Policies.create(policyName).isEmpty()) {
            return Future.failedFuture(new Refused(400, "INVALID_FIELD", "policy", "There is no policy '" + policyName
                    + "'. Policies: " + String.join(", ", Policies.names()) + "."));
        }
        String token = Tokens.newToken();
        String hash = Tokens.hash(token);
        return session.call(s -> {
            if (s.state().hasNation(role) && s.state().bots().in(role).isEmpty() && s.subscribers().stream()
                    .anyMatch(sub -> sub.role() != null && role.equals(sub.role().id()))) {
                return new Refused(409, "ROLE_OCCUPIED", "role", "A player is connected as " + role
                        + "; a bot takes only an empty role.");
            }
            Decision d = s.perform(Role.whiteCell(), new SeatBot(role, policyName, hash, nodeId));
            if (d instanceof Decision.Rejected r) {
                return refusal(r, "BOT_EXISTS", 409);
            }
            replaceTokens(s.state().sessionId(), role, hash); // on the session's thread, in log order
            return new Launch(role, policyName, token, s.state().world().seed());
        }).compose(o -> o instanceof Launch l ? launch(session.id(), l) : Future.<Bot>failedFuture((Refused) o)).map(bot -> new JsonObject().put("session", session.id())
                .put("role", role).put("policy", policyName).put("node", nodeId).put("connected", true));
    }

    /** Takes a bot out of its role: every token of the role is revoked, and the bot stops. */
    public Future<Void> stop(SessionVerticle session, String role) {
        return session.call(s -> {
            Decision d = s.perform(Role.whiteCell(), new UnseatBot(role));
            if (d instanceof Decision.Rejected r) {
                return refusal(r, "NO_BOT", 404);
            }
            registry.revoke(s.state().sessionId(), Role.nation(role));
            return null;
        }).map(refused -> {
            if (refused != null) {
                throw refused;
            }
            Running r = running.remove(key(session.id(), role));
            if (r != null) {
                close(r.bot());
            }
            return null;
        });
    }

    /** The session's bots as its log has them, and whether each is connected on this node. */
    public Future<List<JsonObject>> list(SessionVerticle session) {
        return session.call(s -> List.copyOf(s.state().bots().all())).map(bots -> {
            List<JsonObject> out = new ArrayList<>();
            for (SeatedBot b : bots) {
                Running r = running.get(key(session.id(), b.role()));
                out.add(new JsonObject().put("session", session.id()).put("role", b.role()).put("policy", b.policy())
                        .put("node", b.node()).put("seatedAt", b.since())
                        .put("connected", r != null && r.bot().client().open()));
            }
            return out;
        });
    }

    /**
     * The node is stopping: closes every bot's connection now, while the sessions can still take their leave
     * (a bot's socket closed by the shutdown itself would reach a session whose threads are gone). The log
     * keeps them seated: they start again when the session is hosted again. Blocks for a few seconds at most.
     */
    public void stopAll() {
        listening = false;
        List<java.util.concurrent.CompletableFuture<Void>> closing = new ArrayList<>();
        for (Running r : List.copyOf(running.values())) {
            running.remove(key(r.session(), r.role()), r);
            closing.add(java.util.concurrent.CompletableFuture.runAsync(r.bot()::close));
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(closing.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(12, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("bots still closing as the node stops: {}", e.toString());
        }
    }

    /** A rejection as the API answers it: {@code status} for {@code code}, 400 for the rest. */
    private static Refused refusal(Decision.Rejected r, String code, int status) {
        return new Refused(code.equals(r.rejection().code()) ? status : 400, r.rejection().code(), r.rejection().field(),
                r.rejection().message());
    }

    /** The role's only token is now the bot's (the invite holder's, or the bot's old one, stop working). */
    private void replaceTokens(String sessionId, String role, String hash) {
        registry.revoke(sessionId, Role.nation(role));
        registry.grant(sessionId, Role.nation(role), hash);
    }

    private Future<Bot> launch(String sessionId, Launch l) {
        Policy policy = Policies.create(l.policy()).orElseThrow();
        BotClient client = new BotClient(vertx, host.get(), port.getAsInt(), l.token(), "Bot (" + l.policy() + ")",
                "bot-" + l.role());
        Bot bot = new Bot(l.role(), policy, client, l.seed());
        String key = key(sessionId, l.role());
        Running r = new Running(sessionId, l.role(), bot);
        Running before = running.put(key, r);
        if (before != null) {
            close(before.bot());
        }
        client.onLost(() -> {
            if (running.remove(key, r)) {
                close(bot);
            }
        });
        return vertx.executeBlocking(() -> {
            bot.connect();
            bot.runAutonomously();
            return bot;
        }).onFailure(e -> {
            if (running.remove(key, r)) {
                close(bot);
            }
        });
    }

    private void close(Bot bot) {
        vertx.executeBlocking(() -> {
            bot.close();
            return null;
        });
    }
}
