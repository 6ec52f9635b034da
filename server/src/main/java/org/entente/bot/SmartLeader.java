package org.entente.bot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leader that follows the framework: for each partner it reads its last turn report's estimate
 * and does what the recommended strategy calls for — war-effort bolstering for the motivated (with
 * mild conditions when the recommendation is conditional) and a seat on the council, side-payments
 * with conditions for the indifferent, bribes and conditional bolstering for the weakly motivated,
 * coercion (with a bribe) for the repulsed, coercive enticement only for a highly repulsed member the
 * coalition cannot do without (a lost cause outside it is left alone, declared with the {@code leave} stance)
 * — and it consults every partner in their bilateral channel. A nation its objectives want kept out (the
 * essays' Israel, 1991) it declares {@code keepOut} and pays for its restraint every turn. Its budget goes first to the partners whose cooperation is cheapest to keep.
 * As victory nears and in the peace, its reports recommend conditional bolstering as the threat recedes,
 * and it follows: the same aid, steadily, with mild conditions — never cut abruptly. Where its objectives cap its
 * share of a coalition's costs it leads from behind ({@link LeadFromBehind}): its conditioned inducements ask the
 * partners for their forces, and it commits only as much of its own as keeps it under the cap.
 */
final class SmartLeader extends LeaderPolicy {
    static final String NAME = "smart-leader";

    @Override
    public String name() {
        return NAME;
    }

    /** The nations its own objectives want kept out of its coalition (the essays' Israel, 1991). */
    static java.util.Set<String> keptOut(BotContext ctx) {
        return keptOutOf(ctx).keySet();
    }

    /** Each nation its objectives want kept out, and the coalition it is to be kept out of. */
    static Map<String, String> keptOutOf(BotContext ctx) {
        Map<String, String> out = new TreeMap<>();
        for (Object o : ctx.model().you().getJsonArray("objectives", new io.vertx.core.json.JsonArray())) {
            io.vertx.core.json.JsonObject objective = (io.vertx.core.json.JsonObject) o;
            String n = objective.getString("keepOut");
            if (n != null) {
                out.putIfAbsent(n, objective.getString("keepOutOf"));
            }
        }
        return out;
    }

    /** It turns down what a nation it wants kept out puts to it: an offer to join is still entry. */
    @Override
    boolean accepts(BotContext ctx, io.vertx.core.json.JsonObject offer) {
        return !keptOut(ctx).contains(offer.getString("from")) && super.accepts(ctx, offer);
    }

    /**
     * Voice is consultation, not the surrender of the leader's aims: it seats its motivated partners and hears
     * them, and votes down a proposal that would carry the coalition's aims or conduct far (more than 0.3) from
     * its own.
     */
    @Override
    boolean votesFor(BotContext ctx, io.vertx.core.json.JsonObject proposal) {
        String axis = proposal.getString("axis");
        if (axis == null) {
            return true;
        }
        double mine = ctx.model().you().getDouble(axis, 0.5);
        return Math.abs(mine - proposal.getDouble("toward", mine)) <= 0.3;
    }

    @Override
    double forces(BotContext ctx, int transfers) {
        return LeadFromBehind.of(ctx).map(l -> l.forces(ctx, transfers)).orElse(1.0);
    }

    /** Leading from behind, its budget goes to its partners' war (the enablers), not into its own as money. */
    @Override
    boolean spendsTheRest(BotContext ctx) {
        return LeadFromBehind.of(ctx).isEmpty();
    }

    @Override
    void negotiate(BotContext ctx) {
        double full = fullPackage(ctx);
        // leading from behind, what its conditions buy is the partners' forces in the fight
        Double sorties = LeadFromBehind.of(ctx).map(l -> LeadFromBehind.SORTIES).orElse(null);
        double contingent = sorties == null ? 0.3 : sorties;
        double mild = Math.min(0.3, maxConditions(ctx));
        double firm = Math.min(0.5, maxConditions(ctx));
        int left = uncommitted(ctx);
        List<Partner> partners = partners(ctx);
        Map<String, Integer> given = new TreeMap<>();
        // Not every partner is wanted: one whose entry would cost the coalition more than it brings is kept out,
        // and its restraint is paid for first, steadily (Patriot batteries for Israel, 1991): a stay-out bought is
        // not neglect, and one left unpaid joins the fight.
        for (Partner p : partners) {
            if (keptOut(ctx).contains(p.id())) {
                ctx.stance(p.id(), keptOutOf(ctx).get(p.id()), "keepOut",
                        "Its entry would cost the coalition partners who will not fight beside it.");
                ctx.postTo(p.id(), ctx.say().askRestraint(p.name()));
                int steady = (int) Math.ceil(aidLastTurn.getOrDefault(p.id(), 0) * 2 / 3.0);
                int units = Math.min(left, Math.max(steady, Math.max(1, (int) Math.round(full * 0.4))));
                if (units > 0 && ctx.offer(p.id(), "aid", "air defence, for your restraint", (double) units, null, null, null,
                        null) != null) {
                    left -= units;
                    given.merge(p.id(), units, Integer::sum);
                }
            }
        }
        for (Partner p : partners) {
            if (keptOut(ctx).contains(p.id())) {
                continue;
            }
            boolean lostCause = "COERCIVE_ENTICEMENT".equals(p.strategy()) && !p.member();
            if (!lostCause && "leave".equals(ctx.stanceToward(p.id(), p.coalition()))) {
                ctx.stance(p.id(), p.coalition(), "engage", "Its soft power has risen: it can be brought in after all.");
            }
            ctx.postTo(p.id(), ctx.say().consult(p.name(), p.strategy()));
            boolean bolster = p.strategy().endsWith("BOLSTERING");
            if (bolster && p.councilMember() && !ctx.model().seated(p.id())) {
                ctx.seat(p.id(), true);
            }
            switch (p.strategy()) {
                case "UNCONDITIONAL_BOLSTERING", "CONDITIONAL_BOLSTERING" -> {
                    int units = Math.min(left, Math.max(1, (int) Math.round(full * 0.6)));
                    boolean conditional = p.strategy().startsWith("CONDITIONAL");
                    if (units > 0 && ctx.offer(p.id(), "aid", "materiel and supplies", (double) units, null,
                            conditional ? "Put it into the main effort" : null, conditional ? mild : null,
                            conditional ? sorties : null) != null) {
                        left -= units;
                        given.merge(p.id(), units, Integer::sum);
                    }
                }
                case "BRIBERY_AND_CONDITIONAL_BOLSTERING" -> {
                    int bribe = Math.min(left, 1);
                    if (bribe > 0 && ctx.offer(p.id(), "sidePayment", "trade terms", (double) bribe, null,
                            "Send a contingent", mild, contingent) != null) {
                        left -= bribe;
                    }
                    int aid = Math.min(left, Math.max(1, (int) Math.round(full * 0.4)));
                    if (aid > 0 && ctx.offer(p.id(), "aid", "equipment", (double) aid, null,
                            "Put it into the main effort", mild, sorties) != null) {
                        left -= aid;
                        given.merge(p.id(), aid, Integer::sum);
                    }
                }
                case "SIDE_PAYMENT_BRIBERY" -> {
                    int bribe = Math.min(left, Math.max(1, (int) Math.ceil(full * 0.7)));
                    if (bribe > 0 && ctx.offer(p.id(), "sidePayment", "economic support", (double) bribe, null,
                            "A contingent in the field", firm, contingent) != null) {
                        left -= bribe;
                        ctx.offer(p.id(), "request", "a contingent", 0.3, null, "Join the coalition with a contingent.", null, null);
                    }
                }
                case "COERCION_AND_BRIBERY" -> {
                    ctx.offer(p.id(), "threat", "sanctions", null, 0.6, "Commit forces to the coalition", null, 0.3);
                    int bribe = Math.min(left, 1);
                    if (bribe > 0 && ctx.offer(p.id(), "sidePayment", "a security guarantee", (double) bribe, null,
                            "A contingent in the field", firm, 0.3) != null) {
                        left -= bribe;
                    }
                }
                default -> {
                    // Coercive enticement is for a repulsed state the coalition cannot do without: a member.
                    // One outside it is a lost cause, left alone (de Gaulle's France, 1964-66) - not neglect and
                    // not light-handedness, since the leader does not pretend to a pull it lacks.
                    if (p.member()) {
                        ctx.offer(p.id(), "threat", "force", null, 0.8, "Commit forces to the coalition, now", null, 0.3);
                    } else {
                        ctx.stance(p.id(), p.coalition(), "leave", "A lost cause: repulsed by us, and outside the coalition;"
                                + " coercing it would cost more than it would bring.");
                    }
                }
            }
        }
        // Never cut abruptly (1945): where its plan gives a partner much less war-effort aid than last turn,
        // it tapers - at least two thirds of last turn's units - with mild conditions.
        for (Partner p : partners) {
            int taper = (int) Math.ceil(aidLastTurn.getOrDefault(p.id(), 0) * 2 / 3.0);
            int now = given.getOrDefault(p.id(), 0);
            int more = Math.min(left, taper - now);
            if (more > 0 && !keptOut(ctx).contains(p.id()) && ctx.offer(p.id(), "aid", "continued supplies", (double) more, null,
                    "Put it into the main effort", mild, null) != null) {
                left -= more;
                given.merge(p.id(), more, Integer::sum);
            }
        }
        aidLastTurn.clear();
        aidLastTurn.putAll(given);
    }

    /** The war-effort aid it offered each partner last turn, in units: what a cut is measured against. */
    private final Map<String, Integer> aidLastTurn = new TreeMap<>();
}
