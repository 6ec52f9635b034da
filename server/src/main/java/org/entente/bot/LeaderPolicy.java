package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every leader policy shares: knowing its partners (and what its last turn report estimates
 * of its soft power toward each, with the framework's recommended strategy), answering what
 * partners put to it, voting, and giving orders — its forces in full, deliveries on the inducements
 * partners accepted, the rest of its budget as money for the war. The subclasses decide how it
 * courts its partners: the framework's recommended strategies, or one of the three failures.
 */
abstract class LeaderPolicy implements Policy {

    /** One nation the leader may court, as the leader sees it. */
    record Partner(String id, String name, String coalition, boolean member, boolean councilMember, String strategy,
                   double estimate) {
        boolean motivated() {
            return strategy.endsWith("_BOLSTERING") && !strategy.startsWith("BRIBERY");
        }
    }

    @Override
    public final boolean leads() {
        return true;
    }

    abstract void negotiate(BotContext ctx);

    /** How it answers an offer, request or threat a partner puts to it. */
    boolean accepts(BotContext ctx, JsonObject offer) {
        return !"threat".equals(offer.getString("kind"));
    }

    boolean votesFor(BotContext ctx, JsonObject proposal) {
        String axis = proposal.getString("axis");
        if (axis == null) {
            return true;
        }
        double mine = ctx.model().you().getDouble(axis, 0.5);
        return Math.abs(mine - proposal.getDouble("toward", mine)) <= 0.5;
    }

    /** The rejected threats it carries out (ids). */
    List<String> carryOut(BotContext ctx) {
        return List.of();
    }

    /** What it states it believes its soft power toward each partner is (empty: it states nothing). */
    Map<String, Double> assessments(BotContext ctx) {
        return Map.of();
    }

    /** The share of its own forces it commits to the war. */
    double forces(BotContext ctx) {
        return 1.0;
    }

    /** The share of its own forces it commits, knowing the units of aid and side-payments it delivers this turn. */
    double forces(BotContext ctx, int transfers) {
        return forces(ctx);
    }

    /** Whether it puts what is left of its budget into the war as money. */
    boolean spendsTheRest(BotContext ctx) {
        return true;
    }

    /** Whether it writes to a partner about what it offered or refused (a bilateral message is consultation). */
    boolean replies() {
        return true;
    }

    @Override
    public void act(BotContext ctx, String phase) {
        respond(ctx);
        switch (phase) {
            case "negotiation" -> negotiate(ctx);
            case "orders" -> orders(ctx);
            case "reports" -> commentOnReport(ctx);
            default -> {
            }
        }
    }

    @Override
    public boolean respond(BotContext ctx) {
        boolean changed = false;
        for (JsonObject o : ctx.pendingOffersToMe()) {
            boolean yes = accepts(ctx, o);
            if (ctx.answer(o.getString("id"), yes)) {
                changed = true;
                if (!yes && replies()) {
                    ctx.postTo(o.getString("from"), ctx.say().spurn(ctx.model().nationName(o.getString("from"))));
                }
            }
        }
        if ("council".equals(ctx.model().phase())) {
            for (JsonObject p : ctx.model().proposals()) {
                boolean voted = p.getJsonObject("votes", new JsonObject()).containsKey(ctx.me());
                if ("pending".equals(p.getString("status")) && p.getInteger("turn", 0) == ctx.model().turn() && !voted) {
                    ctx.vote(p.getString("id"), votesFor(ctx, p));
                }
            }
        }
        return changed;
    }

    void orders(BotContext ctx) {
        int budget = ctx.model().you().getInteger("budget", 0);
        JsonObject deliveries = new JsonObject();
        int spent = 0;
        for (JsonObject o : ctx.offersThisTurn()) {
            String kind = o.getString("kind");
            if (ctx.me().equals(o.getString("from")) && "accepted".equals(o.getString("status"))
                    && ("aid".equals(kind) || "sidePayment".equals(kind))) {
                int units = (int) Math.min(o.getDouble("amount", 0.0), budget - spent);
                if (units > 0) {
                    deliveries.put(o.getString("id"), units);
                    spent += units;
                }
            }
        }
        JsonArray carry = new JsonArray();
        for (String threat : carryOut(ctx)) {
            if (spent + 1 <= budget) {
                carry.add(threat);
                spent += 1;
            }
        }
        JsonObject orders = new JsonObject().put("forces", forces(ctx, spent))
                .put("money", spendsTheRest(ctx) ? Math.max(0, budget - spent) : 0)
                .put("basing", true).put("overflight", true).put("deliveries", deliveries).put("carryOut", carry);
        Map<String, Double> stated = assessments(ctx);
        if (!stated.isEmpty()) {
            JsonObject a = new JsonObject();
            stated.forEach(a::put);
            orders.put("assessments", a);
        }
        ctx.orders(orders);
    }

    void commentOnReport(BotContext ctx) {
        List<JsonObject> reports = ctx.model().reports();
        if (reports.isEmpty() || reports.get(reports.size() - 1).getInteger("turn", 0) != ctx.model().turn()) {
            return;
        }
        JsonObject last = reports.get(reports.size() - 1);
        double after = last.getDouble("progress", 0.0);
        double before = reports.size() >= 2 ? reports.get(reports.size() - 2).getDouble("progress", after) : startProgress;
        ctx.post("plenary", ctx.say().progress(last.getInteger("turn"), before, after, last.getDouble("victoryAt", 1.0)));
    }

    private double startProgress;

    /**
     * Every other nation with the strategy the leader means to follow toward it: the framework's
     * recommendation from its last turn report's estimate (direction "yours"); before the first
     * report, members of its coalitions are taken for motivated, others for indifferent, and those
     * it is cold toward (affinity −0.3 or less) for repulsed — except by the smart leader, which does not
     * threaten before its first estimate and courts them with side-payments.
     */
    List<Partner> partners(BotContext ctx) {
        List<JsonObject> mine = ctx.coalitionsILead();
        JsonObject council = mine.isEmpty() ? null : mine.get(0);
        if (ctx.model().turn() <= 1 && council != null) {
            startProgress = council.getDouble("progress", 0.0);
        }
        JsonObject report = ctx.model().lastReport();
        JsonObject affinity = ctx.model().you().getJsonObject("affinity", new JsonObject());
        List<Partner> out = new ArrayList<>();
        for (String n : ctx.model().nations()) {
            if (n.equals(ctx.me())) {
                continue;
            }
            JsonObject coalition = mine.stream().filter(c -> c.getJsonArray("members", new JsonArray()).contains(n)).findFirst()
                    .orElse(council);
            if (coalition == null) {
                continue;
            }
            boolean member = coalition.getJsonArray("members", new JsonArray()).contains(n);
            JsonObject line = report == null ? null : estimate(report, n, coalition.getString("id"));
            String strategy;
            double estimate;
            if (line != null) {
                strategy = line.getString("recommended", "SIDE_PAYMENT_BRIBERY");
                estimate = line.getDouble("estimate", 0.0);
            } else if (report != null) {
                continue; // its report judged no relationship worth estimating: nothing to court
            } else if (member) {
                strategy = "UNCONDITIONAL_BOLSTERING";
                estimate = 0.4;
            } else if (affinity.getDouble(n, 0.0) <= -0.3 && !(this instanceof SmartLeader)) {
                strategy = "COERCION_AND_BRIBERY";
                estimate = -0.2;
            } else {
                strategy = "SIDE_PAYMENT_BRIBERY";
                estimate = 0.0;
            }
            out.add(new Partner(n, ctx.model().nationName(n), coalition.getString("id"), member,
                    council != null && member && coalition.getString("id").equals(council.getString("id")), strategy, estimate));
        }
        out.sort(Comparator.comparingInt(p -> rank(p.strategy())));
        return out;
    }

    private static JsonObject estimate(JsonObject report, String partner, String coalition) {
        JsonObject any = null;
        for (Object o : report.getJsonArray("estimates", new JsonArray())) {
            JsonObject e = (JsonObject) o;
            if ("yours".equals(e.getString("direction")) && partner.equals(e.getString("partner"))) {
                if (coalition.equals(e.getString("coalition"))) {
                    return e;
                }
                any = any == null ? e : any;
            }
        }
        return any;
    }

    static int rank(String strategy) {
        return switch (strategy) {
            case "UNCONDITIONAL_BOLSTERING" -> 0;
            case "CONDITIONAL_BOLSTERING" -> 1;
            case "BRIBERY_AND_CONDITIONAL_BOLSTERING" -> 2;
            case "SIDE_PAYMENT_BRIBERY" -> 3;
            case "COERCION_AND_BRIBERY" -> 4;
            default -> 5;
        };
    }

    /** A full package of inducements is a third of the leader's budget (docs/rules.md). */
    static double fullPackage(BotContext ctx) {
        return Math.max(1, ctx.model().you().getInteger("budget", 0) / 3.0);
    }

    static int uncommitted(BotContext ctx) {
        return ctx.model().you().getInteger("uncommitted", ctx.model().you().getInteger("budget", 0));
    }

    static double maxConditions(BotContext ctx) {
        return ctx.model().you().getDouble("maxConditionality", 0.3);
    }

    static Map<String, Double> sorted(Map<String, Double> m) {
        return new TreeMap<>(m);
    }
}
