package org.entente.framework;

/**
 * How the partner complies (x-efficiency): "voluntary compliance ... carried out at a higher level of
 * intensity than compliance coerced [or induced] by hard power"; coerced partners comply "in the most lax
 * manner possible without incurring the wrath of the coercing nation".
 * <pre>
 *   VOLUNTARY  S >= motivated                       intensity = (0.60 + 0.40 S) (1 - 0.5 disaffection)
 *   INDUCED    leverage >= need, inducements lead   intensity = (0.40 + 0.10 (S + 1) + 0.15 min(1, surplus / 0.4))
 *                                                               (1 - 0.5 disaffection)
 *   COERCED    leverage >= need, coercion leads     intensity = 0.25 + 0.15 S, within 0.05..0.35
 *   NONE       leverage short of the need           intensity = 0.25 max(0, S)
 * </pre>
 * The need is the band's floor or the partner's cost to offset, whichever is larger ({@link HardPowerNorms#need});
 * the surplus is the leverage beyond it. Induced intensity lies in 0.40..0.69, so it is always above coerced
 * (at most 0.35) and below voluntary (at least 0.74 at the motivated edge).
 * Disaffection is how far a heavy-handed leader went beyond the norm (0 otherwise).
 */
public final class ComplianceModel {

    private ComplianceModel() {
    }

    public static Compliance of(double softPower, Strategy recommended, DeployedHardPower d,
            FailureAssessment failure) {
        double disaffection = failure.disaffection();
        if (recommended.voluntary()) {
            return compliance(ComplianceMode.VOLUNTARY, (0.60 + 0.40 * softPower) * (1 - 0.5 * disaffection));
        }
        double coercion = d.coercion();
        double inducement = HardPowerNorms.inducementLeverage(d);
        if (!failure.covered()) {
            return compliance(ComplianceMode.NONE, 0.25 * Math.max(0, softPower));
        }
        if (coercion >= inducement) {
            return compliance(ComplianceMode.COERCED, Numbers.clamp(0.25 + 0.15 * softPower, 0.05, 0.35));
        }
        double surplus = Numbers.clamp((failure.leverage() - failure.need()) / HardPowerNorms.FULL_SURPLUS, 0, 1);
        double s = Numbers.clamp(softPower, -1, 0.35);
        return compliance(ComplianceMode.INDUCED, (0.40 + 0.10 * (s + 1) + 0.15 * surplus) * (1 - 0.5 * disaffection));
    }

    private static Compliance compliance(ComplianceMode mode, double intensity) {
        return new Compliance(mode, Numbers.clamp(Numbers.round2(intensity), 0, 1));
    }
}
