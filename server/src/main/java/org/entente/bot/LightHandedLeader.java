package org.entente.bot;

import java.util.Map;
import java.util.TreeMap;

/**
 * Light-handedness: the leader "overestimates its available soft power and consequently deploys
 * insufficient hard power". It states high assessments of its pull on every partner in its orders
 * (well above its report's estimates), and relies on moral suasion: it writes to each partner and
 * asks for a contingent, offering no inducements and making no threats.
 */
final class LightHandedLeader extends LeaderPolicy {
    static final String NAME = "light-handed-leader";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void negotiate(BotContext ctx) {
        for (Partner p : partners(ctx)) {
            ctx.postTo(p.id(), ctx.say().suasion(p.name()));
            ctx.offer(p.id(), "request", "a contingent", 0.4, null, "Stand with us: send a contingent to the war.", null, null);
        }
    }

    @Override
    Map<String, Double> assessments(BotContext ctx) {
        Map<String, Double> out = new TreeMap<>();
        for (Partner p : partners(ctx)) {
            out.put(p.id(), BotContext.round2(Math.min(0.95, Math.max(0.6, p.estimate() + 0.35))));
        }
        return out;
    }
}
