package org.entente.bot;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A free-rider, Gelb's state that lets "the forest burn in hopes that someone else will extinguish
 * the flames": it contributes less the more the others contribute (read from its turn reports: the
 * faster the war advanced last turn, the less it puts in), accepts aid, and refuses requests and
 * threats. It meets an aid offer's forces requirement only when it is cheap (0.3 or less).
 */
final class FreeRider extends PartnerPolicy {
    static final String NAME = "free-rider";

    /** Where its coalition's war stood before the first turn, read from the snapshot then. */
    private Double start;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean accepts(BotContext ctx, JsonObject offer) {
        String kind = offer.getString("kind");
        return "aid".equals(kind) || "sidePayment".equals(kind);
    }

    @Override
    boolean honours(BotContext ctx, JsonObject offer) {
        return BotContext.conditionsForces(offer) <= 0.3;
    }

    /**
     * 0.5 of its forces when the war stood still last turn, falling by 0.35 for each turn's worth of
     * the progress a victory on schedule needs that the others made: the more they do, the less it does.
     */
    @Override
    double forces(BotContext ctx) {
        List<JsonObject> reports = ctx.model().reports();
        if (start == null) {
            JsonObject c = ctx.myCoalition() != null ? ctx.myCoalition() : ctx.coalitionLedBy(String.valueOf(leader(ctx)));
            // a bot put in mid-session knows no earlier figure than its first report's
            start = !reports.isEmpty() ? reports.get(0).getDouble("progress", 0.0) : c == null ? null : c.getDouble("progress", 0.0);
        }
        if (reports.isEmpty() || start == null) {
            return 0.4;
        }
        JsonObject last = reports.get(reports.size() - 1);
        double now = last.getDouble("progress", 0.0);
        double before = reports.size() >= 2 ? reports.get(reports.size() - 2).getDouble("progress", now) : start;
        double perTurn = Math.max(0.01, (last.getDouble("victoryAt", 1.0) - start) / Math.max(1, ctx.model().turns()));
        double othersDid = Math.max(0, (now - before) / perTurn);
        return Math.max(0.05, Math.min(0.5, 0.5 - 0.35 * othersDid));
    }

    @Override
    String commentOnReport(BotContext ctx, JsonObject report) {
        return ctx.say().freeRide(report.getDouble("progress", 0.0), report.getDouble("victoryAt", 1.0));
    }
}
