package org.entente.framework;

import java.util.Objects;

/**
 * The alliance leader.
 *
 * @param nation  its name
 * @param power   0..1, its military power to defeat the adversary, relative to it
 * @param posture defensive (a lion) or revisionist (a wolf)
 */
public record Leader(String nation, double power, Posture posture) {

    public Leader {
        Objects.requireNonNull(nation, "leader.nation");
        Objects.requireNonNull(posture, "leader.posture");
        Ranges.unit("leader.power", power);
    }

    public boolean revisionist() {
        return posture == Posture.REVISIONIST;
    }
}
