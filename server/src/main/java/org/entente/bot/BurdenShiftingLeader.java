package org.entente.bot;

/**
 * The offshore balancer of the essays: "burden-sharing is well and good, but burden-shifting is better"
 * — "help others help yourself". It is generous with what costs it little (every partner in its council
 * gets a seat, every partner is consulted and asked to carry the war, indifferent states get a token
 * side-payment) and holds back what the war needs from the leader: it commits a third of its own forces,
 * gives no war-effort aid and keeps its money. The framework finds no failure toward any one partner
 * (voice is given, nothing is overdone); the failure shows in the war itself, short of the leader's
 * enablers — "not … many Tontos without the Lone Ranger" (Gelb), Libya 2011 without a coherent lead.
 */
final class BurdenShiftingLeader extends LeaderPolicy {
    static final String NAME = "burden-shifting-leader";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void negotiate(BotContext ctx) {
        int left = uncommitted(ctx);
        for (Partner p : partners(ctx)) {
            ctx.postTo(p.id(), ctx.say().shiftTheBurden(p.name()));
            if (p.councilMember() && !ctx.model().seated(p.id())) {
                ctx.seat(p.id(), true);
            }
            ctx.offer(p.id(), "request", "the main effort", 0.8, null, "Carry the war: commit most of your forces.", null, null);
            if (!p.motivated() && left > 0 && ctx.offer(p.id(), "sidePayment", "a token of support", 1.0, null,
                    "A contingent in the field", 0.2, 0.3) != null) {
                left -= 1;
            }
        }
    }

    @Override
    double forces(BotContext ctx) {
        return 0.33;
    }

    @Override
    boolean spendsTheRest(BotContext ctx) {
        return false;
    }
}
