package org.entente.engine.adjudication;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * How a turn moves one nation's affinities: heavy-handedness breeds resentment ("unnecessary
 * disaffection"), neglect of a willing partner alienates it — more with every turn it goes on —, broken promises and threats carried
 * out are remembered, and cooperation freely given builds a little goodwill.
 */
public final class Resentment {
    static final double HEAVY_HANDED = -0.15;
    /** The first turn of neglect dents affinity by this; each further turn of it by this much more. */
    static final double NEGLECTED = -0.04;
    /** The most one turn of neglect can cost, however long it has gone on. */
    static final double NEGLECTED_AT_MOST = -0.2;
    static final double WELL_LED = 0.03;
    /**
     * Goodwill for war-effort aid given to a partner without a failure, per unit of bolstering (0..1): the
     * partner remembers who armed it when it needed arms — the standing Lend-Lease had bought until its
     * abrupt end in 1945 ("an important milestone in the transition from wartime alliance to Cold War enmity").
     */
    static final double GRATITUDE = 0.05;
    static final double THREAT_CARRIED_OUT = -0.1;
    static final double PROMISE_BROKEN = -0.15;

    private Resentment() {
    }

    static Map<String, Double> affinityAfter(World w, NationStatus n, List<RelationshipJudgement> judgements,
                                             OfferSettlement settlement, TurnFacts facts) {
        Map<String, Double> after = new TreeMap<>(n.affinities());
        for (RelationshipJudgement j : judgements) {
            if (!j.partner().equals(n.id())) {
                continue;
            }
            double delta = "HEAVY_HANDEDNESS".equals(j.failure()) ? HEAVY_HANDED
                    : neglected(j) ? Math.max(NEGLECTED_AT_MOST, NEGLECTED * (1 + turnsNeglected(w, j.leader(), n.id())))
                    : "NONE".equals(j.failure())
                    ? ("VOLUNTARY".equals(j.compliance()) ? WELL_LED : 0) + GRATITUDE * j.inputs().bolstering() : 0;
            shift(after, j.leader(), delta);
        }
        for (String other : w.nations().keySet()) {
            if (!other.equals(n.id()) && facts.carriedOutAgainst(other, n.id())) {
                shift(after, other, THREAT_CARRIED_OUT);
            }
        }
        for (OfferSettlement.Breach b : settlement.breaches) {
            if (b.wronged().equals(n.id())) {
                shift(after, b.breaker(), PROMISE_BROKEN * (1 - b.shareKept()));
            }
        }
        return after;
    }

    /**
     * Neglected this turn: flagged for malign neglect, or a weakly motivated partner (the paper's Poland,
     * 2003: worth bribes and conditional aid) left with no inducement, no war-effort aid and no voice at all.
     */
    static boolean neglected(RelationshipJudgement j) {
        RelationshipInputs in = j.inputs();
        return neglected(j.failure(), j.recommended(), in.bolstering(), in.sidePayment(), in.voice(), in.coercion(),
                j.stance());
    }

    /**
     * The same rule on a judgement's published figures (the tournament reads them from turn.adjudicated). A
     * partner the leader declared it leaves alone or keeps out, and was not charged for, is not neglected.
     */
    public static boolean neglected(String failure, String recommended, double bolstering, double sidePayment, double voice,
                                    double coercion, String stance) {
        if ("MALIGN_NEGLECT".equals(failure)) {
            return true;
        }
        boolean writtenOff = stance != null && !"engage".equals(stance);
        return "NONE".equals(failure) && !writtenOff && "BRIBERY_AND_CONDITIONAL_BOLSTERING".equals(recommended)
                && bolstering < 0.1 && sidePayment < 0.1 && voice < 0.1 && coercion < 0.1;
    }

    /**
     * The turns before this one in which the leader neglected this partner: resentment builds, so each
     * turn of neglect costs more than the last ("allied resentment" after 2001, the same allies later
     * beseeched for ISAF).
     */
    static int turnsNeglected(World w, String leader, String partner) {
        int turns = 0;
        for (Adjudication a : w.adjudications()) {
            for (RelationshipJudgement j : a.relationships()) {
                if (j.leader().equals(leader) && j.partner().equals(partner) && neglected(j)) {
                    turns++;
                    break;
                }
            }
        }
        return turns;
    }

    private static void shift(Map<String, Double> affinity, String toward, double delta) {
        if (delta == 0) {
            return;
        }
        double v = affinity.getOrDefault(toward, 0.0) + delta;
        affinity.put(toward, Math.round(Math.max(-1, Math.min(1, v)) * 1000) / 1000.0);
    }
}
