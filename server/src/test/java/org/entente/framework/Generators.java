package org.entente.framework;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/** QuickTheories generators over the whole input space of the contract. */
final class Generators {

    private Generators() {
    }

    /** 0..1, with the bounds and round values over-represented. */
    static Gen<Double> unit() {
        return doubles().between(0, 1).mix(org.quicktheories.generators.Generate.pick(
                java.util.List.of(0.0, 0.05, 0.1, 0.25, 0.35, 0.5, 0.75, 0.9, 1.0)), 20);
    }

    static Gen<Double> signedUnit() {
        return doubles().between(-1, 1).mix(org.quicktheories.generators.Generate.pick(
                java.util.List.of(-1.0, -0.6, -0.25, 0.0, 0.25, 0.6, 1.0)), 20);
    }

    static Gen<Posture> posture() {
        return booleans().all().map(b -> b ? Posture.REVISIONIST : Posture.DEFENSIVE);
    }

    static Gen<Leader> leader() {
        return unit().zip(posture(), (power, posture) -> new Leader("L", power, posture));
    }

    static Gen<DeployedHardPower> deployed() {
        return unit().zip(unit(), unit(), unit(), DeployedHardPower::new);
    }

    static Gen<OptionalDouble> estimate() {
        return booleans().all().zip(signedUnit(), (given, v) -> given ? OptionalDouble.of(v) : OptionalDouble.empty());
    }

    static Gen<PartnerInputs> partner() {
        Gen<double[]> motives = unit().zip(unit(), signedUnit(), (t, o, a) -> new double[] {t, o, a});
        Gen<double[]> rest = unit().zip(unit(), unit(), (v, d, c) -> new double[] {v, d, c});
        return motives.zip(rest, estimate(), deployed(), (m, r, e, d) ->
                new PartnerInputs("P", m[0], m[1], m[2], r[0], r[1], r[2], e, d));
    }
}
