package org.entente.framework;

/**
 * Wartime soft power S of the leader toward one partner, in -1..1:
 *
 * <pre>
 *   M   = threat                      (defensive leader)
 *       = max(threat, opportunity)    (revisionist leader: a jackal's motive is the spoils)
 *   x   = M^1.4 * power^0.8           threat weighs more than power; both are needed
 *   raw = 0.9 x                                   material source
 *       + voice * (0.10 + 0.10 x)                 voice: a supplement that reinforces the material sources
 *       + 0.15 affinity                           if affinity >= 0: peacetime attraction counts little
 *       - (0.15 |a| + 0.55 |a|^3) (1 - 0.6 x)     if affinity < 0: repulsion, offset by a grave threat and a
 *                                                 strong leader (the alliance of convenience)
 *   S   = raw                  if raw <= 0.8, else 0.8 + 0.2 tanh((raw - 0.8) / 0.2)   (saturates below 1)
 *   wolf: S -> min(0.75 S, max(0, S - 0.01)) where S > 0   (prospect theory: a war of gain attracts less)
 * </pre>
 *
 * Every function is taken from {@link StrictMath}, so the result is the same on every JVM. The defence of
 * each term from the paper is in docs/framework.md.
 */
public final class SoftPowerModel {

    static final double THREAT_EXPONENT = 1.4;
    static final double POWER_EXPONENT = 0.8;
    static final double MATERIAL_WEIGHT = 0.9;
    static final double VOICE_BASE = 0.10;
    static final double VOICE_REINFORCEMENT = 0.10;
    static final double ATTRACTION_WEIGHT = 0.15;
    static final double REPULSION_LINEAR = 0.15;
    static final double REPULSION_CUBIC = 0.55;
    static final double CONVENIENCE = 0.6;
    static final double KNEE = 0.8;
    static final double WOLF_SHARE = 0.75;
    static final double WOLF_MIN_LOSS = 0.01;

    private SoftPowerModel() {
    }

    /** The partner's motive M: threat, or under a wolf the larger of threat and opportunity. */
    public static double motive(Leader leader, PartnerInputs p) {
        return leader.revisionist() ? Math.max(p.threat(), p.opportunity()) : p.threat();
    }

    public static SoftPower of(Leader leader, PartnerInputs p) {
        double m = motive(leader, p);
        double x = StrictMath.pow(m, THREAT_EXPONENT) * StrictMath.pow(leader.power(), POWER_EXPONENT);
        double material = MATERIAL_WEIGHT * x;
        double voice = p.voice() * (VOICE_BASE + VOICE_REINFORCEMENT * x);
        double affinity = affinityTerm(p.affinity(), x);
        double defensive = saturate(material + voice + affinity);
        double s = leader.revisionist() ? wolf(defensive) : defensive;
        double value = Numbers.clamp(Numbers.round2(s), -1, 1);
        return new SoftPower(m, x, material, voice, affinity, defensive, defensive - s, value);
    }

    /** Peacetime attraction adds little; repulsion takes much, less so where threat and power are great. */
    static double affinityTerm(double a, double attraction) {
        if (a >= 0) {
            return ATTRACTION_WEIGHT * a;
        }
        double hostility = -a;
        double repulsion = REPULSION_LINEAR * hostility + REPULSION_CUBIC * hostility * hostility * hostility;
        return -repulsion * (1 - CONVENIENCE * attraction);
    }

    /** Identity up to 0.8, then a smooth, strictly increasing approach to 1: extreme attraction is 1. */
    static double saturate(double raw) {
        if (raw <= KNEE) {
            return raw;
        }
        return KNEE + (1 - KNEE) * StrictMath.tanh((raw - KNEE) / (1 - KNEE));
    }

    /**
     * A wolf holds three quarters of a lion's positive soft power, and always at least one hundredth less
     * (the resolution of the output), so that "strictly less" shows in the rounded number. Continuous and
     * non-decreasing in the lion's S, so monotonicity survives.
     */
    static double wolf(double lion) {
        if (lion <= 0) {
            return lion;
        }
        return Math.min(WOLF_SHARE * lion, Math.max(0, lion - WOLF_MIN_LOSS));
    }
}
