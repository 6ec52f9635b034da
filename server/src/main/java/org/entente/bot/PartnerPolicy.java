package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/**
 * What every partner policy shares: answering offers (inducements first, then threats, then
 * requests, so that a request can be judged by what came with it), voting, giving orders that keep
 * the commitments it accepted, and joining the coalition it fights for. The subclasses decide what
 * to accept and how much to commit — the framework's partner types.
 */
abstract class PartnerPolicy implements Policy {

    @Override
    public final boolean leads() {
        return false;
    }

    /** Whether to accept an offer, threat or request put to it. */
    abstract boolean accepts(BotContext ctx, JsonObject offer);

    /** The share of its forces it commits this turn, before what its accepted commitments oblige. */
    abstract double forces(BotContext ctx);

    /** Whether it honours what an accepted offer asks of it (its required forces, a request's share). */
    boolean honours(BotContext ctx, JsonObject offer) {
        return true;
    }

    /** Units of money it gives the war effort. */
    int money(BotContext ctx) {
        return 0;
    }

    boolean access(BotContext ctx) {
        return false;
    }

    void negotiate(BotContext ctx) {
    }

    void council(BotContext ctx) {
    }

    /** How it votes on a proposal before the council. */
    boolean votesFor(BotContext ctx, JsonObject proposal) {
        String axis = proposal.getString("axis");
        if (axis == null) {
            return true;
        }
        double mine = ctx.model().you().getDouble(axis, 0.5);
        return Math.abs(mine - proposal.getDouble("toward", mine)) <= 0.35;
    }

    /** What it says in the plenary once it has read its report. */
    String commentOnReport(BotContext ctx, JsonObject report) {
        return null;
    }

    @Override
    public void act(BotContext ctx, String phase) {
        respond(ctx);
        switch (phase) {
            case "negotiation" -> negotiate(ctx);
            case "council" -> council(ctx);
            case "orders" -> submitOrders(ctx);
            case "reports" -> {
                JsonObject report = ctx.model().lastReport();
                if (report != null && report.getInteger("turn", 0) == ctx.model().turn()) {
                    String text = commentOnReport(ctx, report);
                    if (text != null) {
                        ctx.post("plenary", text);
                    }
                }
            }
            default -> {
            }
        }
    }

    @Override
    public boolean respond(BotContext ctx) {
        boolean changed = false;
        List<JsonObject> waiting = ctx.pendingOffersToMe().stream()
                .sorted(Comparator.comparingInt(PartnerPolicy::rank)).toList();
        for (JsonObject o : waiting) {
            boolean yes = accepts(ctx, o);
            if (ctx.answer(o.getString("id"), yes)) {
                changed = true;
                String text = reply(ctx, o, yes);
                if (text != null) {
                    ctx.postTo(o.getString("from"), text);
                }
            }
        }
        if ("council".equals(ctx.model().phase()) && ctx.model().seated(ctx.me())) {
            for (JsonObject p : ctx.model().proposals()) {
                boolean voted = p.getJsonObject("votes", new JsonObject()).containsKey(ctx.me());
                if ("pending".equals(p.getString("status")) && p.getInteger("turn", 0) == ctx.model().turn() && !voted) {
                    ctx.vote(p.getString("id"), votesFor(ctx, p));
                }
            }
        }
        return changed;
    }

    String reply(BotContext ctx, JsonObject o, boolean accepted) {
        String from = o.getString("from");
        return switch (o.getString("kind")) {
            case "aid", "sidePayment" -> accepted
                    ? ctx.say().acceptAid(from, o.getString("kind"), o.getDouble("amount", 0.0), o.getString("form"))
                    : ctx.say().rejectInducement(from);
            case "request" -> accepted ? ctx.say().acceptRequest(from, o.getDouble("amount", 0.0)) : ctx.say().rejectRequest(from);
            case "threat" -> accepted ? ctx.say().yieldToThreat(from, Math.max(BotContext.conditionsForces(o), 0.2))
                    : ctx.say().rejectThreat(from);
            default -> null;
        };
    }

    private static int rank(JsonObject offer) {
        return switch (offer.getString("kind", "")) {
            case "aid", "sidePayment" -> 0;
            case "threat" -> 1;
            default -> 2;
        };
    }

    /** What the commitments it accepted this turn oblige it to commit (those it honours). */
    double owed(BotContext ctx) {
        double owed = 0;
        for (JsonObject o : acceptedToMe(ctx)) {
            if (!honours(ctx, o)) {
                continue;
            }
            double need = "request".equals(o.getString("kind")) ? o.getDouble("amount", 0.0) : BotContext.conditionsForces(o);
            if ("threat".equals(o.getString("kind")) && need == 0) {
                need = 0.2;
            }
            owed = Math.max(owed, need);
        }
        return owed;
    }

    static List<JsonObject> acceptedToMe(BotContext ctx) {
        return ctx.offersThisTurn().stream().filter(o -> ctx.me().equals(o.getString("to"))
                && "accepted".equals(o.getString("status"))).toList();
    }

    static boolean paidThisTurn(BotContext ctx, String from) {
        return ctx.offersThisTurn().stream().anyMatch(o -> ctx.me().equals(o.getString("to"))
                && (from == null || from.equals(o.getString("from")))
                && ("aid".equals(o.getString("kind")) || "sidePayment".equals(o.getString("kind")))
                && ("accepted".equals(o.getString("status")) || "pending".equals(o.getString("status"))));
    }

    /** The leader it deals with: its coalition's, else the leader that courted it this turn, else the council's. */
    static String leader(BotContext ctx) {
        JsonObject mine = ctx.myCoalition();
        if (mine != null && !ctx.me().equals(mine.getString("leader"))) {
            return mine.getString("leader");
        }
        return ctx.offersThisTurn().stream().filter(o -> ctx.me().equals(o.getString("to"))).map(o -> o.getString("from"))
                .findFirst().orElseGet(() -> {
                    List<JsonObject> all = ctx.model().coalitions();
                    return all.isEmpty() ? null : all.get(0).getString("leader");
                });
    }

    /**
     * A partner asked to stay out of a leader's coalition, and paid for it this turn, honours the bargain: it
     * holds back its forces and does not join (Israel under the Scuds, 1991).
     */
    static boolean paidToStayOut(BotContext ctx) {
        return ctx.myCoalition() == null && ctx.keptOutBy().stream().anyMatch(leader -> paidThisTurn(ctx, leader));
    }

    void submitOrders(BotContext ctx) {
        double forces = paidToStayOut(ctx) ? 0
                : Math.max(0, Math.min(1, BotContext.round2(Math.max(forces(ctx), owed(ctx)))));
        if (forces > 0 && ctx.myCoalition() == null) {
            String lead = acceptedToMe(ctx).stream().map(o -> o.getString("from")).findFirst().orElse(leader(ctx));
            JsonObject c = lead == null ? null : ctx.coalitionLedBy(lead);
            if (c != null) {
                ctx.join(c.getString("id"));
            }
        }
        int budget = ctx.model().you().getInteger("budget", 0);
        boolean access = access(ctx);
        ctx.orders(new JsonObject().put("forces", forces).put("money", Math.max(0, Math.min(budget, money(ctx))))
                .put("basing", access).put("overflight", access));
    }

    static boolean member(BotContext ctx) {
        return ctx.myCoalition() != null;
    }

    static JsonArray members(JsonObject coalition) {
        return coalition == null ? new JsonArray() : coalition.getJsonArray("members", new JsonArray());
    }
}
