package org.entente.bot;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plays a whole exercise with a bot in every role, driving the white cell itself over its own
 * websocket: it starts the exercise, lets every bot make its move for the phase — in a fixed order,
 * one at a time, so that the same seed gives the same game — and closes the phase as soon as all
 * have moved instead of waiting for the deadline. It prints each turn's adjudication as the white
 * cell sees it ({@code turn.adjudicated}: the true figures).
 */
public final class BotRunner {

    /** What a played exercise came to: the final scores and every turn's adjudication, as the white cell saw them. */
    public record Result(String sessionId, JsonObject ended, List<JsonObject> adjudications, Map<String, String> policies,
                         Map<String, List<String>> rejections, List<JsonObject> messages, long millis) {
    }

    /** Enough room for the peace turns played after a victory (docs/rules.md). */
    private static final int PEACE_TURNS_AT_MOST = 6;

    private BotRunner() {
    }

    /**
     * @param tokens   each role's invite token, in the scenario's order
     * @param policies each role's policy name
     * @param out      where progress lines go (null for none)
     */
    public static Result run(Vertx vertx, String host, int port, String facilitatorToken, Map<String, String> tokens,
                             Map<String, String> policies, long seed, Consumer<String> out) {
        return run(vertx, host, port, facilitatorToken, tokens, policies, seed, Map.of(), out);
    }

    /**
     * @param schedule the crisis cards the white cell plays as each turn begins (by turn): the scenario's deck
     *                 on its suggested turns, so that a rehearsal sees what the deck does to the war and to
     *                 the coalition's soft power
     */
    public static Result run(Vertx vertx, String host, int port, String facilitatorToken, Map<String, String> tokens,
                             Map<String, String> policies, long seed, Map<Integer, List<String>> schedule,
                             Consumer<String> out) {
        long started = System.nanoTime();
        Consumer<String> print = out == null ? s -> { } : out;
        Map<String, Bot> bots = new LinkedHashMap<>();
        BotClient white = new BotClient(vertx, host, port, facilitatorToken, "white cell (play)", "white");
        try {
            for (Map.Entry<String, String> e : tokens.entrySet()) {
                String role = e.getKey();
                Policy policy = Policies.create(policies.get(role))
                        .orElseThrow(() -> new IllegalArgumentException("no policy '" + policies.get(role) + "' for " + role));
                Bot bot = new Bot(role, policy, new BotClient(vertx, host, port, e.getValue(), "Bot (" + policy.name() + ")",
                        "bot-" + role), seed);
                bots.put(role, bot);
                bot.connect();
            }
            white.connect();
            List<Bot> leaders = bots.values().stream().filter(b -> b.policy().leads()).toList();
            List<Bot> partners = bots.values().stream().filter(b -> !b.policy().leads()).toList();
            expectAck(white.call(new JsonObject().put("type", "startExercise")), "startExercise");
            int printed = 0;
            int dealt = 0;
            int guard = (white.model().turns() + PEACE_TURNS_AT_MOST) * 4 + 8;
            while (guard-- > 0) {
                white.sync();
                String phase = white.model().phase();
                if ("ended".equals(phase)) {
                    break;
                }
                int turn = white.model().turn();
                if ("negotiation".equals(phase) && turn > dealt) {
                    for (String card : schedule.getOrDefault(turn, List.of())) {
                        expectAck(white.call(new JsonObject().put("type", "playCrisis").put("card", card)), "playCrisis " + card);
                        print.accept("Crisis (turn " + turn + "): " + card);
                    }
                    dealt = turn;
                    white.sync();
                }
                switch (phase) {
                    case "negotiation" -> {
                        leaders.forEach(Bot::step);
                        partners.forEach(Bot::step);
                        leaders.forEach(Bot::respond);
                    }
                    case "council" -> {
                        partners.forEach(Bot::step);
                        leaders.forEach(Bot::step);
                        partners.forEach(Bot::respond);
                    }
                    case "orders" -> {
                        partners.forEach(Bot::step);
                        leaders.forEach(Bot::step);
                    }
                    default -> bots.values().forEach(Bot::step);
                }
                expectAck(white.call(new JsonObject().put("type", "advancePhase").put("reason", "every bot has moved")),
                        "advancePhase");
                List<JsonObject> adjudications = white.model().adjudications();
                for (; printed < adjudications.size(); printed++) {
                    describe(adjudications.get(printed), policies).forEach(print);
                }
            }
            white.sync();
            JsonObject ended = white.model().ended();
            if (ended != null) {
                scores(ended).forEach(print);
            }
            Map<String, List<String>> rejections = new LinkedHashMap<>();
            bots.forEach((role, bot) -> rejections.put(role, bot.context().rejections()));
            return new Result(white.model().sessionId(), ended, white.model().adjudications(), Map.copyOf(policies),
                    rejections, white.model().messages(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            bots.values().forEach(Bot::close);
            white.close();
        }
    }

    private static void expectAck(JsonObject answer, String what) {
        if (!"ack".equals(answer.getString("type"))) {
            throw new BotException(what + " refused: " + answer.encode());
        }
    }

    /** A turn's adjudication in a few lines: each coalition's war, then each relationship's judgement. */
    public static List<String> describe(JsonObject adjudication, Map<String, String> policies) {
        List<String> lines = new ArrayList<>();
        lines.add("Turn " + adjudication.getInteger("turn"));
        for (Object o : adjudication.getJsonArray("coalitions", new JsonArray())) {
            JsonObject c = (JsonObject) o;
            String shortfall = c.getString("shortfall", "");
            lines.add(String.format(Locale.ROOT, "  %-18s progress %.2f -> %.2f  effectiveness %.2f (leader's effort %.2f, partners' %.2f)%s%s",
                    c.getString("coalition"), c.getDouble("progressBefore"), c.getDouble("progressAfter"), c.getDouble("effectiveness"),
                    c.getDouble("leaderEffort", 0.0), c.getDouble("partnersEffort", 0.0),
                    shortfall.isEmpty() ? "" : "  SHORT OF THE " + shortfall.toUpperCase(Locale.ROOT) + (shortfall.equals("leader") ? "'S ENABLERS" : "' FORCES"),
                    c.getBoolean("victory", false) ? "  VICTORY" : ""));
        }
        boolean several = adjudication.getJsonArray("coalitions", new JsonArray()).size() > 1;
        for (Object o : adjudication.getJsonArray("relationships", new JsonArray())) {
            JsonObject r = (JsonObject) o;
            lines.add(String.format(Locale.ROOT, "  %s%s -> %-4s %-15s S %5.2f  %-34s %-16s %s %.2f",
                    several ? r.getString("coalition") + ": " : "", r.getString("leader"),
                    r.getString("partner"), "(" + policies.getOrDefault(r.getString("partner"), "?") + ")", r.getDouble("softPower"),
                    r.getString("recommended"), r.getString("failure"), r.getString("compliance"), r.getDouble("intensity"))
                    + (r.getString("stance") == null ? "" : "  stance " + r.getString("stance")));
        }
        return lines;
    }

    public static List<String> scores(JsonObject ended) {
        List<String> lines = new ArrayList<>();
        lines.add("Ended: " + ended.getString("reason"));
        for (Object o : ended.getJsonArray("outcomes", new JsonArray())) {
            lines.add("  " + o);
        }
        for (Object o : ended.getJsonArray("scores", new JsonArray())) {
            JsonObject s = (JsonObject) o;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-4s %2d / %-2d ", s.getString("nation"),
                    s.getInteger("points"), s.getInteger("possible")));
            for (Object x : s.getJsonArray("objectives", new JsonArray())) {
                JsonObject obj = (JsonObject) x;
                b.append(obj.getBoolean("met") ? " [x] " : " [ ] ").append(obj.getString("id"));
            }
            lines.add(b.toString());
        }
        return lines;
    }
}
