package org.entente.framework;

import java.util.Objects;

/**
 * How the partner will comply.
 *
 * @param mode      where its compliance comes from
 * @param intensity 0..1, how fully it will carry out what it agrees to; the live adjudicator multiplies the
 *                  partner's committed contribution by it
 */
public record Compliance(ComplianceMode mode, double intensity) {

    public Compliance {
        Objects.requireNonNull(mode, "mode");
        Ranges.unit("intensity", intensity);
    }

    /** The partner's effective contribution when it commits {@code committed}: laxer compliance delivers less. */
    public double effective(double committed) {
        return committed * intensity;
    }
}
