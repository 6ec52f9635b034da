package org.entente.bot;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.config.Limits;
import org.entente.config.ServerConfig;
import org.entente.scenario.CrisisEvent;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;
import org.entente.server.EntenteServer;
import org.entente.session.Tokens;

/**
 * A whole exercise played by bots on a node of its own: the machinery of the {@code play} command
 * and of the tests. It starts an in-process node on a free loopback port (with a temporary data
 * directory unless one is given), creates the session through the HTTP API with the given seed,
 * puts a bot in every role and lets {@link BotRunner} drive it to the end; then it stops the node
 * and copies the session's journal where asked.
 */
public final class BotPlay {

    /** @param policies policies for some roles; the others get {@link DefaultPolicies} */
    /** @param deck whether the white cell plays the scenario's crisis deck, each card as its suggested turn begins */
    public record Options(String scenario, long seed, Map<String, String> policies, Path dataDir, Path journal,
                          Consumer<String> out, boolean deck) {
        public Options(String scenario, long seed, Map<String, String> policies, Path dataDir, Path journal,
                       Consumer<String> out) {
            this(scenario, seed, policies, dataDir, journal, out, true);
        }
    }

    /**
     * The scenario's deck by suggested turn — but for cards that make a player's decision for it (an aid
     * cutoff: Truman's of May 1945 is the leader's to make or not, and the leader's bot decides it) and
     * cards whose text makes them conditional ("Play only if …"): those need the white cell's judgement.
     */
    public static Map<Integer, List<String>> schedule(Scenario scenario) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (CrisisEvent card : scenario.deck()) {
            boolean decidesForAPlayer = card.effects().stream().anyMatch(e -> "aidCutoff".equals(e.kind()));
            boolean conditional = card.text() != null && card.text().strip().toLowerCase(java.util.Locale.ROOT).startsWith("play only if");
            if (card.suggestedTurn() > 0 && !decidesForAPlayer && !conditional) {
                out.computeIfAbsent(card.suggestedTurn(), t -> new ArrayList<>()).add(card.id());
            }
        }
        return out;
    }

    public record Outcome(BotRunner.Result result, Map<String, String> policies, Path journal) {
    }

    private BotPlay() {
    }

    /** The policies a play will use: the defaults for the scenario with the given ones put over them. */
    public static Map<String, String> policiesFor(Scenario scenario, Map<String, String> chosen) {
        Map<String, String> policies = new LinkedHashMap<>(DefaultPolicies.of(scenario));
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            if (!policies.containsKey(e.getKey())) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is not a role of " + scenario.id() + " (roles: "
                        + String.join(", ", policies.keySet()) + ")");
            }
            if (Policies.create(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("'" + e.getValue() + "' is not a policy (policies: "
                        + String.join(", ", Policies.names()) + ")");
            }
            policies.put(e.getKey(), e.getValue());
        }
        return policies;
    }

    public static Outcome play(Options o) throws Exception {
        Scenario scenario = ScenarioCatalog.bundled().find(o.scenario())
                .orElseThrow(() -> new IllegalArgumentException("no bundled scenario '" + o.scenario() + "'"));
        Map<String, String> policies = policiesFor(scenario, o.policies() == null ? Map.of() : o.policies());
        boolean temporary = o.dataDir() == null;
        Path dir = temporary ? Files.createTempDirectory("entente-play-") : o.dataDir();
        String adminKey = Tokens.newToken();
        // The node serves only these bots, which move as fast as the white cell lets them: the per-connection
        // frame budget meant for people (commandsPerSecond, commandBurst) is raised, and so is the per-minute budget of
        // seat and membership changes (a whole game plays in seconds: a wall-clock limit would make it depend on timing);
        // every other limit stands.
        Limits d = Limits.DEFAULTS;
        Limits limits = new Limits(d.maxFrameBytes(), d.hardFrameBytes(), d.maxMessageChars(), d.maxNameChars(),
                1000, 1000, d.maxStrikes(), d.maxQueuedBytes(), d.maxConnectionsPerToken()).withMembershipChangesPerMinute(1e9);
        EntenteServer server = new EntenteServer(new ServerConfig("127.0.0.1", 0, dir, adminKey, null, limits));
        Vertx clients = Vertx.vertx();
        HttpClient http = clients.createHttpClient();
        BotRunner.Result result;
        try {
            await(server.start());
            String body = new JsonObject().put("scenario", scenario.id()).put("seed", o.seed()).encode();
            JsonObject created = await(http.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                            .setPort(server.port()).setURI("/api/v1/sessions")
                            .putHeader("Authorization", "Bearer " + adminKey).putHeader("Content-Type", "application/json"))
                    .compose(req -> req.send(body))
                    .compose(resp -> resp.body().map(b -> {
                        if (resp.statusCode() != 201) {
                            throw new BotException("the session was not created: " + resp.statusCode() + " " + b);
                        }
                        return new JsonObject(b);
                    })));
            Map<String, String> tokens = new LinkedHashMap<>();
            created.getJsonArray("invites").forEach(i -> tokens.put(((JsonObject) i).getString("role"), ((JsonObject) i).getString("token")));
            if (o.out() != null) {
                o.out().accept("Session " + created.getString("id") + ": " + scenario.title() + " (seed " + o.seed() + ")");
                policies.forEach((role, policy) -> o.out().accept("  " + role + " plays " + policy));
            }
            result = BotRunner.run(clients, "127.0.0.1", server.port(), created.getString("facilitatorToken"), tokens, policies,
                    o.seed(), o.deck() ? schedule(scenario) : Map.of(), o.out());
        } finally {
            try {
                await(http.close());
                await(clients.close());
            } finally {
                await(server.stop());
            }
        }
        Path journal = dir.resolve("sessions").resolve(result.sessionId() + ".journal");
        Path kept = null;
        if (o.journal() != null) {
            Path parent = o.journal().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            kept = Files.copy(journal, o.journal(), StandardCopyOption.REPLACE_EXISTING);
        } else if (!temporary) {
            kept = journal;
        }
        if (temporary) {
            deleteTree(dir);
        }
        return new Outcome(result, policies, kept);
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary directory: best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
