package org.entente.engine.adjudication;

import org.entente.engine.turn.Orders;
import org.entente.engine.world.NationStatus;

/**
 * A nation's war effort in points: its forces count military × 100 at full commitment, a resource
 * unit (its own money, or war-effort aid it received and put to use) counts 4, bases 5, overflight 3.
 */
record WarEffort(double contribution, double potential) {
    static final double POINTS_PER_UNIT = 4;
    static final double BASING = 5;
    static final double OVERFLIGHT = 3;
    /** What a partner's forces are worth fighting outside the leader's plans: neither aided nor consulted. */
    static final double UNINTEGRATED = 0.4;
    /** War-effort aid plus voice at which a partner's forces are fully integrated into the coalition's war. */
    static final double FULLY_INTEGRATED = 0.5;

    /**
     * @param warAidGiven war-effort aid the nation delivered to others: a leader's materiel in a partner's hands
     *                    is its enabler ("the arsenal of democracy"), counted in its effort as if spent itself
     */
    static WarEffort of(NationStatus n, Orders o, double warAidReceived, double warAidGiven) {
        double contribution = o.forces() * n.military() * 100 + o.money() * POINTS_PER_UNIT
                + (o.basing() ? BASING : 0) + (o.overflight() ? OVERFLIGHT : 0) + warAidReceived * POINTS_PER_UNIT
                + warAidGiven * POINTS_PER_UNIT;
        double potential = n.military() * 100 + n.budget() * POINTS_PER_UNIT + BASING + OVERFLIGHT
                + warAidReceived * POINTS_PER_UNIT;
        return new WarEffort(contribution, potential);
    }

    /** What the effort is worth once compliance intensity applies: lax compliance wastes most of it. */
    static double effective(double contribution, double intensity) {
        return contribution * (0.25 + 0.75 * intensity);
    }

    /**
     * How far a partner's forces are integrated into the coalition's war, 0.4..1: forces the leader
     * neither equips (war-effort aid) nor plans with (voice: a seat, consultation) fight beside the
     * war, not in it — the NATO special forces of 2001, "not integrated into US war plans", that
     * could not close the Pakistani border at Tora Bora.
     */
    static double integration(double bolstering, double voice) {
        return UNINTEGRATED + (1 - UNINTEGRATED) * Math.min(1, (bolstering + voice) / FULLY_INTEGRATED);
    }

    /**
     * Coalition effectiveness from the leader's and the partners' shares of their potential: each
     * alone achieves little; together they multiply (mutual indispensability: "not the Lone Ranger
     * and Tonto, nor many Tontos without the Lone Ranger"). A leader fighting alone at full effort
     * reaches 0.15; partners fighting alone at full effort 0.1; both at full effort 1.
     */
    static double effectiveness(double leaderEffort, double partnersEffort) {
        return 0.15 * leaderEffort + 0.1 * partnersEffort + 0.75 * Math.sqrt(leaderEffort * partnersEffort);
    }
}
