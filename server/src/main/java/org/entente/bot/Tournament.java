package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.engine.adjudication.Resentment;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;

/**
 * The lessons tournament: every scenario played by bots in every role, the leader under each leader
 * policy, over several seeds. For each scenario and policy it reports the leader's mean score (its share
 * of its objectives' points) and in how many of its turns the adjudicator flagged the policy's own failure.
 * The game teaches the paper when the smart leader scores highest everywhere and each failing policy is
 * caught at its own failure in most of its turns. See docs/bots.md.
 */
public final class Tournament {
    public static final List<String> LEADER_POLICIES = List.of(SmartLeader.NAME, NeglectfulLeader.NAME,
            HeavyHandedLeader.NAME, LightHandedLeader.NAME, BurdenShiftingLeader.NAME);

    /** One scenario under one leader policy, over the seeds. */
    public record Cell(String scenario, String policy, List<Double> scores, int turns, int flaggedTurns, int victories) {
        public double mean() {
            return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        public double flaggedShare() {
            return turns == 0 ? 0 : (double) flaggedTurns / turns;
        }
    }

    public record Table(List<String> scenarios, List<String> policies, List<Long> seeds, Map<String, Map<String, Cell>> cells) {
        public Cell cell(String scenario, String policy) {
            return cells.get(scenario).get(policy);
        }

        /** The policies with the highest mean score in a scenario (ties share it). */
        public List<String> best(String scenario) {
            double top = policies.stream().mapToDouble(p -> cell(scenario, p).mean()).max().orElse(0);
            return policies.stream().filter(p -> cell(scenario, p).mean() >= top - 1e-9).toList();
        }

        /** The table in Markdown: mean score, then the share of turns flagged with the policy's own failure. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            StringBuilder head = new StringBuilder("| scenario |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String p : policies) {
                head.append(' ').append(p.replace("-leader", "")).append(" |");
                rule.append("---|");
            }
            out.add(head.toString());
            out.add(rule.toString());
            for (String s : scenarios) {
                StringBuilder row = new StringBuilder("| " + s + " |");
                List<String> best = best(s);
                for (String p : policies) {
                    Cell c = cell(s, p);
                    String score = String.format(Locale.ROOT, "%.2f", c.mean());
                    row.append(' ').append(best.contains(p) ? "**" + score + "**" : score)
                            .append(String.format(Locale.ROOT, " (%s %d/%d, won %d/%d)", SmartLeader.NAME.equals(p) ? "any failure" : "flagged",
                                    c.flaggedTurns(), c.turns(), c.victories(), c.scores().size()))
                            .append(" |");
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    private Tournament() {
    }

    public static List<String> bundledScenarios() {
        return ScenarioCatalog.bundled().all().stream().map(Scenario::id).toList();
    }

    public static Table run(List<String> scenarios, List<String> policies, List<Long> seeds, Consumer<String> progress)
            throws Exception {
        for (String policy : policies) {
            if (Policies.create(policy).filter(Policy::leads).isEmpty()) {
                throw new IllegalArgumentException("'" + policy + "' is not a leader policy (leader policies: "
                        + String.join(", ", LEADER_POLICIES) + ")");
            }
        }
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String id : scenarios) {
            Scenario scenario = ScenarioCatalog.bundled().find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no bundled scenario '" + id + "'"));
            String leader = scenario.councilCoalition().leader();
            Map<String, Cell> row = new LinkedHashMap<>();
            for (String policy : policies) {
                List<Double> scores = new ArrayList<>();
                int turns = 0;
                int flagged = 0;
                int victories = 0;
                for (long seed : seeds) {
                    BotPlay.Outcome o = BotPlay.play(new BotPlay.Options(id, seed, Map.of(leader, policy), null, null, null));
                    double score = score(o.result().ended(), leader);
                    scores.add(score);
                    for (JsonObject a : o.result().adjudications()) {
                        turns++;
                        if (flagged(a, leader, policy)) {
                            flagged++;
                        }
                    }
                    victories += won(o.result().ended()) ? 1 : 0;
                    if (progress != null) {
                        progress.accept(String.format(Locale.ROOT, "%s, %s as %s, seed %d: score %.2f after %d turn(s)", id, leader,
                                policy, seed, score, o.result().adjudications().size()));
                    }
                }
                row.put(policy, new Cell(id, policy, List.copyOf(scores), turns, flagged, victories));
            }
            cells.put(id, row);
        }
        return new Table(List.copyOf(scenarios), List.copyOf(policies), List.copyOf(seeds), cells);
    }

    /** The leader's share of its objectives' points at the end. */
    static double score(JsonObject ended, String leader) {
        if (ended == null) {
            return 0;
        }
        for (Object o : ended.getJsonArray("scores", new JsonArray())) {
            JsonObject s = (JsonObject) o;
            if (leader.equals(s.getString("nation"))) {
                int possible = s.getInteger("possible", 0);
                return possible == 0 ? 0 : (double) s.getInteger("points", 0) / possible;
            }
        }
        return 0;
    }

    private static boolean won(JsonObject ended) {
        return ended != null && ended.getJsonArray("outcomes", new JsonArray()).stream()
                .anyMatch(x -> String.valueOf(x).contains(": victory"));
    }

    /**
     * Whether a turn's adjudication caught the policy at its own failure: the framework's flag on any of
     * the leader's relationships (for neglect, also a weakly motivated partner left with nothing, which the
     * adjudicator charges as neglect: {@link Resentment#neglected}), or, for the burden-shifter, the coalition's war short of the leader's
     * own enablers. For the smart leader: any failure at all.
     */
    static boolean flagged(JsonObject adjudication, String leader, String policy) {
        String failure = switch (policy) {
            case NeglectfulLeader.NAME -> "MALIGN_NEGLECT";
            case HeavyHandedLeader.NAME -> "HEAVY_HANDEDNESS";
            case LightHandedLeader.NAME -> "LIGHT_HANDEDNESS";
            default -> null;
        };
        if (BurdenShiftingLeader.NAME.equals(policy)) {
            return adjudication.getJsonArray("coalitions", new JsonArray()).stream().map(c -> (JsonObject) c)
                    .anyMatch(c -> "leader".equals(c.getString("shortfall")));
        }
        return adjudication.getJsonArray("relationships", new JsonArray()).stream().map(r -> (JsonObject) r)
                .filter(r -> leader.equals(r.getString("leader")))
                .anyMatch(r -> failure == null ? !"NONE".equals(r.getString("failure"))
                        : "MALIGN_NEGLECT".equals(failure) ? neglected(r) : failure.equals(r.getString("failure")));
    }

    /** Neglect as the adjudicator charges it: flagged malign neglect, or a weakly motivated partner left with nothing. */
    private static boolean neglected(JsonObject r) {
        JsonObject in = r.getJsonObject("inputs", new JsonObject());
        return Resentment.neglected(r.getString("failure"), r.getString("recommended"), in.getDouble("bolstering", 0.0),
                in.getDouble("sidePayment", 0.0), in.getDouble("voice", 0.0), in.getDouble("coercion", 0.0),
                r.getString("stance"));
    }
}
