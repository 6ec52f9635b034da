package org.entente.bot;

import io.vertx.core.json.JsonObject;

/**
 * An indifferent partner (soft power near zero): little threatened, it contributes little unless
 * paid. It accepts side-payments and aid and then commits what was asked; it rejects a request that
 * comes without an inducement (moral suasion gets nothing) and rejects threats.
 */
final class Indifferent extends PartnerPolicy {
    static final String NAME = "indifferent";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean accepts(BotContext ctx, JsonObject offer) {
        return switch (offer.getString("kind")) {
            case "aid", "sidePayment" -> true;
            case "request" -> paidThisTurn(ctx, offer.getString("from"));
            default -> false;
        };
    }

    @Override
    double forces(BotContext ctx) {
        if (paidThisTurn(ctx, null) && !acceptedToMe(ctx).isEmpty()) {
            return 0.2;
        }
        return member(ctx) ? 0.05 : 0;
    }

    @Override
    boolean access(BotContext ctx) {
        return !acceptedToMe(ctx).isEmpty();
    }

    @Override
    String commentOnReport(BotContext ctx, JsonObject report) {
        return acceptedToMe(ctx).isEmpty() ? ctx.say().notOurWar(ctx.model().nationName(ctx.me())) : ctx.say().report(new Templates.JsonReport(report.getInteger("turn"),
                report.getDouble("contribution", 0.0), report.getDouble("effective", 0.0), MotivatedAlly.flag(ctx, report)));
    }
}
