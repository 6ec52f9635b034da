package org.entente.bot;

import io.vertx.core.json.JsonObject;

/**
 * A repulsed partner (negative soft power: it dislikes the leader more than it fears the adversary).
 * It yields only to coercion: it accepts a threat of severity 0.5 or more and then commits the
 * threat's required forces (0.2 if none was named) — laxly, as coerced compliance is — and otherwise
 * contributes nothing. It refuses requests and the leader's gifts.
 */
final class Repulsed extends PartnerPolicy {
    static final String NAME = "repulsed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean accepts(BotContext ctx, JsonObject offer) {
        return "threat".equals(offer.getString("kind")) && offer.getDouble("severity", 0.0) >= 0.5;
    }

    @Override
    double forces(BotContext ctx) {
        return 0;
    }

    @Override
    String commentOnReport(BotContext ctx, JsonObject report) {
        String leader = leader(ctx);
        return acceptedToMe(ctx).isEmpty() && leader != null ? ctx.say().standAloof(ctx.model().nationName(leader)) : null;
    }
}
