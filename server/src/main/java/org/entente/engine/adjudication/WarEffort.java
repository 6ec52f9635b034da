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

    static WarEffort of(NationStatus n, Orders o, double warAidReceived) {
        double contribution = o.forces() * n.military() * 100 + o.money() * POINTS_PER_UNIT
                + (o.basing() ? BASING : 0) + (o.overflight() ? OVERFLIGHT : 0) + warAidReceived * POINTS_PER_UNIT;
        double potential = n.military() * 100 + n.budget() * POINTS_PER_UNIT + BASING + OVERFLIGHT
                + warAidReceived * POINTS_PER_UNIT;
        return new WarEffort(contribution, potential);
    }

    /** What the effort is worth once compliance intensity applies: lax compliance wastes most of it. */
    static double effective(double contribution, double intensity) {
        return contribution * (0.25 + 0.75 * intensity);
    }

    /**
     * Coalition effectiveness from the leader's and the partners' shares of their potential: each
     * alone achieves little; together they multiply (mutual indispensability).
     */
    static double effectiveness(double leaderEffort, double partnersEffort) {
        return 0.3 * leaderEffort + 0.2 * partnersEffort + 0.5 * Math.sqrt(leaderEffort * partnersEffort);
    }
}
