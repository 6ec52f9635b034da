package org.entente.engine.adjudication;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * How a turn moves one nation's affinities: heavy-handedness breeds resentment ("unnecessary
 * disaffection"), neglect of a willing partner alienates it, broken promises and threats carried
 * out are remembered, and cooperation freely given builds a little goodwill.
 */
final class Resentment {
    static final double HEAVY_HANDED = -0.15;
    static final double NEGLECTED = -0.08;
    static final double WELL_LED = 0.03;
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
            double delta = switch (j.failure()) {
                case "HEAVY_HANDEDNESS" -> HEAVY_HANDED;
                case "MALIGN_NEGLECT" -> NEGLECTED;
                default -> "VOLUNTARY".equals(j.compliance()) ? WELL_LED : 0;
            };
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

    private static void shift(Map<String, Double> affinity, String toward, double delta) {
        if (delta == 0) {
            return;
        }
        double v = affinity.getOrDefault(toward, 0.0) + delta;
        affinity.put(toward, Math.round(Math.max(-1, Math.min(1, v)) * 1000) / 1000.0);
    }
}
