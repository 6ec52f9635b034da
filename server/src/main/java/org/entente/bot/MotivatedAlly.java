package org.entente.bot;

import io.vertx.core.json.JsonObject;

/**
 * A partner motivated by the threat (soft power at or above the motivated band): it contributes
 * substantially and voluntarily, accepts aid, asks its leader for a seat in their bilateral channel,
 * tables items and proposes when seated (the voice the framework counts), and asks the leader to
 * fight beside it. It refuses threats: bullying a motivated ally is heavy-handedness.
 */
final class MotivatedAlly extends PartnerPolicy {
    static final String NAME = "motivated-ally";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    boolean accepts(BotContext ctx, JsonObject offer) {
        return !"threat".equals(offer.getString("kind"));
    }

    @Override
    double forces(BotContext ctx) {
        return 0.8 + 0.15 * ctx.random().nextDouble();
    }

    @Override
    int money(BotContext ctx) {
        return ctx.model().you().getInteger("budget", 0);
    }

    @Override
    boolean access(BotContext ctx) {
        return true;
    }

    @Override
    void negotiate(BotContext ctx) {
        String leader = leader(ctx);
        if (leader == null || leader.equals(ctx.me())) {
            return;
        }
        int turn = ctx.model().turn();
        if (!ctx.model().seated(ctx.me())) {
            ctx.postTo(leader, ctx.say().askForSeat(ctx.model().councilName(), ctx.model().nationName(leader)));
        } else {
            String axis = divergentAxis(ctx);
            ctx.table(ctx.say().tableTitle(axis), "Tabled by " + ctx.model().nationName(ctx.me()) + ".");
        }
        if (turn % 3 == 1) {
            ctx.offer(leader, "request", "a joint offensive", 0.5, null,
                    "Fight beside us: commit your main forces to our front this turn.", null, null);
        }
    }

    @Override
    void council(BotContext ctx) {
        if (!ctx.model().seated(ctx.me())) {
            return;
        }
        int turn = ctx.model().turn();
        JsonObject item = ctx.model().agenda().stream()
                .filter(i -> ctx.me().equals(i.getString("by")) && i.getInteger("turn", 0) == turn).findFirst().orElse(null);
        if (item == null) {
            return;
        }
        String axis = divergentAxis(ctx);
        double toward = BotContext.round2(ctx.model().you().getDouble(axis, 0.5));
        ctx.propose(item.getString("id"), "aims", ctx.say().proposal(axis, toward), axis, toward, null);
    }

    /** The axis (conduct or aims) on which its preferences lie furthest from its coalition's. */
    static String divergentAxis(BotContext ctx) {
        JsonObject you = ctx.model().you();
        JsonObject c = ctx.myCoalition();
        if (c == null) {
            return "aims";
        }
        double dc = Math.abs(you.getDouble("conduct", 0.5) - c.getDouble("conduct", 0.5));
        double da = Math.abs(you.getDouble("aims", 0.5) - c.getDouble("aims", 0.5));
        return dc > da ? "conduct" : "aims";
    }

    @Override
    String commentOnReport(BotContext ctx, JsonObject report) {
        return ctx.say().report(new Templates.JsonReport(report.getInteger("turn"), report.getDouble("contribution", 0.0),
                report.getDouble("effective", 0.0), flag(ctx, report)));
    }

    static String flag(BotContext ctx, JsonObject report) {
        return report.getJsonArray("burden", new io.vertx.core.json.JsonArray()).stream().map(b -> (JsonObject) b)
                .filter(b -> ctx.me().equals(b.getString("nation"))).map(b -> b.getString("flag", "")).findFirst().orElse("");
    }
}
