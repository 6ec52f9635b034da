package org.entente.framework;

/**
 * Every failure rule's verdict for one partner, and the one failure reported.
 *
 * @param neglect          malign neglect applies: a motivated partner left without aid and without voice
 * @param coercionNorm     the coercion the recommended strategy calls for
 * @param coercionExcess   coercion deployed beyond it (may be negative)
 * @param conditionsNorm   the conditions the recommended strategy calls for
 * @param conditionsExcess conditions attached beyond them (may be negative)
 * @param manner           how the hard power was wielded (abrupt cuts, broken pledges, peremptory conditions)
 * @param heavyByManner    heavy-handedness applies by manner alone
 * @param heavy            heavy-handedness applies (by level or by manner)
 * @param estimateGiven    the case gives the leader's estimate (light-handedness is judged only then)
 * @param overestimate     the estimate minus S (0 when not given)
 * @param leverage         the suitable hard power deployed: inducements weighted by their conditions, plus coercion
 * @param cost             the partner's cost of doing what is asked (the case's {@code cost})
 * @param costToOffset     the part of that cost the leader's hard power must offset
 * @param need             the leverage needed: the band's floor or the cost to offset, whichever is larger
 *                         (0 for a motivated partner)
 * @param light            light-handedness applies
 * @param failure          the failure reported: heavy-handedness before malign neglect or light-handedness
 */
public record FailureAssessment(boolean neglect, double coercionNorm, double coercionExcess, double conditionsNorm,
        double conditionsExcess, Manner manner, boolean heavyByManner, boolean heavy, boolean estimateGiven, double overestimate, double leverage,
        double cost, double costToOffset, double need, boolean light, Failure failure) {

    /** Whether the leverage deployed reaches what is needed. */
    public boolean covered() {
        return leverage >= need - Numbers.EPSILON;
    }

    /** Whether the cost, rather than the band's floor, sets the need. */
    public boolean costSetsNeed() {
        return costToOffset > 0 && costToOffset >= need - Numbers.EPSILON;
    }

    /** How far beyond its norm the heavier of coercion and conditions went (0 unless heavy-handed). */
    public double disaffection() {
        if (!heavy) {
            return 0;
        }
        double byLevel = Math.max(coercionExcess, conditionsExcess);
        double byManner = heavyByManner ? 0.5 * manner.worst() : 0;
        return Numbers.clamp(Math.max(byLevel, byManner), 0, 1);
    }
}
