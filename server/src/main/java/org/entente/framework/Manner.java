package org.entente.framework;

/**
 * How the leader wields its hard power toward a partner, apart from how much: the paper's 1945 cases are
 * heavy-handed in manner as much as in level — Lend-Lease to Britain and the USSR cut off "rough and harsh",
 * ships recalled at sea, aid restricted by announcement. Each 0..1; a static case (the analyze command)
 * has no history, so its manner is {@link #NONE}; the live adjudicator derives it from play.
 *
 * @param abruptness  the share of substantial war-effort aid (at least 0.25 last turn) cut from one turn to the next
 * @param pledgeBroken the share of what the leader promised in accepted offers that it did not deliver
 * @param peremptory  how stringent the conditions it imposed without consulting the partner were (0 when it
 *                    consulted it or granted it voice)
 */
public record Manner(double abruptness, double pledgeBroken, double peremptory) {

    /** No history: nothing abrupt, no pledge, nothing imposed. */
    public static final Manner NONE = new Manner(0, 0, 0);

    /** A manner value at or above this is heavy-handed: half the aid cut at once, half a pledge unkept. */
    public static final double HEAVY = 0.5;

    public Manner {
        Ranges.unit("manner.abruptness", abruptness);
        Ranges.unit("manner.pledgeBroken", pledgeBroken);
        Ranges.unit("manner.peremptory", peremptory);
    }

    /** The largest of the three. */
    public double worst() {
        return Math.max(abruptness, Math.max(pledgeBroken, peremptory));
    }

    public boolean heavy() {
        return Numbers.atLeast(worst(), HEAVY);
    }
}
