package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * How the smart leader keeps its share of a coalition's costs under the cap its objectives set ("lead from
 * behind", Libya 2011; an offshore balancer's burden-shifting): it supplies the enablers (its inducements, which
 * ask the partners for forces in return: what conditions buy) and commits only as much of its own forces as keeps
 * its share under the cap, steering by the burden line of its last turn report — but never so little that the
 * coalition loses the half of mutual indispensability only it can bring: its effort (forces, access and the aid it
 * gives, over its potential) stays above {@link #EFFORT_FLOOR}, where the adjudicator finds the war short of the
 * leader's enablers.
 *
 * @param cap       the highest share of the coalition's costs its objectives allow it
 * @param coalition the coalition whose costs are shared
 */
record LeadFromBehind(double cap, String coalition) {
    /**
     * A cap of half or more lets the leader carry most of the war (it leads from the front and only must not be
     * suckered); below half, the objective is that its partners carry most of it.
     */
    static final double FROM_THE_FRONT = 0.5;
    /** It aims a little under the cap: its partners' costs move from turn to turn. */
    static final double MARGIN = 0.02;
    /** The least effort it puts in: just above the half below which the war is short of the leader (WarOutcome). */
    static final double EFFORT_FLOOR = 0.6;
    /** The share of their forces its inducements ask partners to put into the fight ("fly the sorties"). */
    static final double SORTIES = 0.8;
    /** Basing and overflight, which the leader always grants, in points (WarEffort). */
    private static final double ACCESS_POINTS = 8;
    private static final double POINTS_PER_UNIT = 4;

    /** The tightest cap on its share of a coalition's costs among its objectives, if any. */
    static java.util.Optional<LeadFromBehind> of(BotContext ctx) {
        LeadFromBehind tightest = null;
        for (Object o : ctx.model().you().getJsonArray("objectives", new JsonArray())) {
            JsonObject objective = (JsonObject) o;
            Double cap = objective.getDouble("shareAtMost");
            if (cap == null || cap >= FROM_THE_FRONT || tightest != null && tightest.cap() <= cap) {
                continue;
            }
            String of = objective.getString("shareOf");
            if (of == null) {
                List<JsonObject> led = ctx.coalitionsILead();
                of = led.isEmpty() ? null : led.get(0).getString("id");
            }
            if (of != null) {
                tightest = new LeadFromBehind(cap, of);
            }
        }
        return java.util.Optional.ofNullable(tightest);
    }

    /**
     * The share of its forces to commit this turn.
     *
     * @param transfers units of aid and side-payments it delivers this turn (its cost, as the ledger books it)
     */
    double forces(BotContext ctx, int transfers) {
        double military = military(ctx);
        if (military <= 0) {
            return 1.0;
        }
        double target = cap - MARGIN;
        JsonObject line = ownBurdenLine(ctx);
        double thisTurn;
        int budget = ctx.model().you().getInteger("budget", 0);
        double potential = military * 100 + budget * POINTS_PER_UNIT + ACCESS_POINTS;
        double floor = (EFFORT_FLOOR * potential - ACCESS_POINTS - transfers * POINTS_PER_UNIT) / (military * 100);
        if (line == null || line.getDouble("costShare", 0.0) <= 0) {
            // before the first report: as much as its partners would put in at the cap's proportion
            return clamp(target / (1 - target), floor);
        }
        int coalitions = coalitionCount(ctx);
        double mine = ctx.model().you().getDouble("costs", 0.0) / coalitions;
        double total = mine / line.getDouble("costShare");
        int turns = Math.max(1, ctx.model().lastReport().getInteger("turn", 1));
        double partnersPerTurn = (total - mine) / turns;
        thisTurn = Math.max(0, (target * (total + partnersPerTurn) - mine) / (1 - target));
        double ownRaw = thisTurn * coalitions - ACCESS_POINTS - transfers * POINTS_PER_UNIT;
        return clamp(ownRaw / (military * 100), floor);
    }

    private static double clamp(double forces, double floor) {
        return Math.ceil(Math.min(1.0, Math.max(floor, forces)) * 100) / 100.0;
    }

    private JsonObject ownBurdenLine(BotContext ctx) {
        JsonObject report = ctx.model().lastReport();
        if (report == null) {
            return null;
        }
        for (Object o : report.getJsonArray("burden", new JsonArray())) {
            JsonObject b = (JsonObject) o;
            if (coalition.equals(b.getString("coalition")) && ctx.me().equals(b.getString("nation"))) {
                return b;
            }
        }
        return null;
    }

    private static int coalitionCount(BotContext ctx) {
        int n = 0;
        for (JsonObject c : ctx.model().coalitions()) {
            if (c.getJsonArray("members", new JsonArray()).contains(ctx.me())) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    private static double military(BotContext ctx) {
        return ctx.model().military(ctx.me());
    }
}
