package org.entente.bot;

import io.vertx.core.json.JsonObject;

/**
 * Malign neglect: "insufficient amounts of both hard and soft power". It gives no war-effort aid,
 * withdraws every partner's seat on the council and grants none, never consults a partner in their
 * bilateral channel, and spurns what partners put to it — it means to win the war by itself, and
 * spends its whole budget on its own war effort.
 */
final class NeglectfulLeader extends LeaderPolicy {
    static final String NAME = "neglectful-leader";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void negotiate(BotContext ctx) {
        for (String n : ctx.model().nations()) {
            if (!n.equals(ctx.me()) && ctx.model().seated(n)) {
                ctx.seat(n, false);
            }
        }
        if (ctx.model().turn() % 3 == 1) {
            ctx.post("plenary", ctx.say().goItAlone());
        }
    }

    @Override
    boolean accepts(BotContext ctx, JsonObject offer) {
        return false;
    }

    @Override
    boolean votesFor(BotContext ctx, JsonObject proposal) {
        return false;
    }

    @Override
    boolean replies() {
        return false;
    }
}
