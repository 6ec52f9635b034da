package org.entente.bot;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Heavy-handedness: "excessive amounts of coercive hard power … or material inducements … on an
 * exceedingly stringent basis". It threatens every partner — motivated allies included — demanding
 * nearly all their forces, carries out the threats they reject, attaches the most stringent
 * conditions its government allows to the aid it gives members of its coalitions, grants no seats
 * and votes down partners' proposals.
 */
final class HeavyHandedLeader extends LeaderPolicy {
    static final String NAME = "heavy-handed-leader";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void negotiate(BotContext ctx) {
        int left = uncommitted(ctx);
        double full = fullPackage(ctx);
        for (Partner p : partners(ctx)) {
            ctx.postTo(p.id(), ctx.say().bully(p.name()));
            ctx.offer(p.id(), "threat", "abandonment", null, 0.8, "Commit nearly all your forces to our war, this turn", null, 0.9);
            if (p.member()) {
                int units = Math.min(left, Math.max(1, (int) Math.round(full * 0.5)));
                if (units > 0 && ctx.offer(p.id(), "aid", "materiel", (double) units, null,
                        "On our terms only: our command, our strategy, all your forces", maxConditions(ctx), 0.9) != null) {
                    left -= units;
                }
            }
        }
    }

    @Override
    boolean votesFor(BotContext ctx, JsonObject proposal) {
        return false;
    }

    @Override
    List<String> carryOut(BotContext ctx) {
        return ctx.offersThisTurn().stream().filter(o -> ctx.me().equals(o.getString("from")) && "threat".equals(o.getString("kind"))
                && "rejected".equals(o.getString("status"))).map(o -> o.getString("id")).toList();
    }
}
