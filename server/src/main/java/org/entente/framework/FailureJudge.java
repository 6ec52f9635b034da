package org.entente.framework;

/**
 * The paper's three leadership failures (Table 1), each judged relative to what the recommended strategy
 * calls for ({@link HardPowerNorms}):
 * <ul>
 * <li>malign neglect: the partner is motivated (S at or above the motivated edge), yet war-effort aid and
 * voice are both below 0.25;</li>
 * <li>heavy-handedness: above the coercive-enticement band, coercion or conditions more than 0.4 beyond the
 * strategy's norm (conditions on side-payments are never excessive: a bribe is conditional by nature), or a
 * heavy-handed manner ({@link Manner}: half the aid cut at once, half a pledge unkept, stringent conditions
 * imposed without consultation);</li>
 * <li>light-handedness: the partner is below the motivated band, the leader's estimate is at least 0.2
 * above S, and the leverage deployed (inducements weighted by their conditions, plus coercion) is below
 * what the partner needs: the band's floor or the cost to offset, whichever is larger.</li>
 * </ul>
 * Heavy-handedness takes precedence: its hard power is "deployed in excess", which cannot also be
 * "insufficiently exploited" (Table 1's column for the other two). Malign neglect and light-handedness
 * exclude each other (a partner is motivated or not).
 */
public final class FailureJudge {

    private FailureJudge() {
    }

    public static FailureAssessment judge(double softPower, Strategy recommended, PartnerInputs p, Bands bands) {
        return judge(softPower, recommended, p, bands, Manner.NONE);
    }

    public static FailureAssessment judge(double softPower, Strategy recommended, PartnerInputs p, Bands bands,
            Manner manner) {
        DeployedHardPower d = p.deployed();

        boolean neglect = recommended.voluntary()
                && d.bolstering() < HardPowerNorms.LARGELY_UNUSED
                && p.voice() < HardPowerNorms.LARGELY_UNUSED;

        double coercionNorm = HardPowerNorms.coercionNorm(recommended, softPower, bands);
        double conditionsNorm = HardPowerNorms.conditionsNorm(recommended, d);
        double coercionExcess = Numbers.round2(d.coercion() - coercionNorm);
        double conditionsExcess = Numbers.round2(d.conditionality() - conditionsNorm);
        boolean heavyByLevel = coercionExcess > HardPowerNorms.WELL_BEYOND || conditionsExcess > HardPowerNorms.WELL_BEYOND;
        boolean heavyByManner = recommended != Strategy.COERCIVE_ENTICEMENT && manner.heavy();
        boolean heavy = recommended != Strategy.COERCIVE_ENTICEMENT && (heavyByLevel || heavyByManner);

        boolean estimateGiven = p.leaderEstimate().isPresent();
        double overestimate = estimateGiven ? Numbers.round2(p.leaderEstimate().getAsDouble() - softPower) : 0;
        double leverage = Numbers.round2(HardPowerNorms.leverage(d));
        double costToOffset = Numbers.round2(HardPowerNorms.costToOffset(recommended, softPower, p.cost(), bands));
        double need = Numbers.round2(HardPowerNorms.need(recommended, softPower, p.cost(), bands));
        boolean light = !recommended.voluntary()
                && estimateGiven
                && Numbers.atLeast(overestimate, HardPowerNorms.OVERESTIMATE)
                && leverage < need - Numbers.EPSILON;

        Failure failure = heavy ? Failure.HEAVY_HANDEDNESS
                : neglect ? Failure.MALIGN_NEGLECT
                : light ? Failure.LIGHT_HANDEDNESS
                : Failure.NONE;
        return new FailureAssessment(neglect, coercionNorm, coercionExcess, conditionsNorm, conditionsExcess, manner,
                heavyByManner, heavy,
                estimateGiven, overestimate, leverage, p.cost(), costToOffset, need, light, failure);
    }
}
