package org.entente.framework;

/**
 * The hard-power strategy a soft power S calls for (the contract's bands, the paper's Figure 1). Above the
 * motivated edge the choice between conditional and unconditional bolstering depends on the partner's
 * motive M and divergence: divergence + (1 - M) >= conditional makes it conditional ("as the military
 * fortunes of an alliance improve, the diminishing external threat depletes the soft power of the alliance
 * leader, thereby necessitating its greater reliance on the conditional use of hard power").
 */
public final class StrategyRecommender {

    private StrategyRecommender() {
    }

    public static Strategy recommend(double softPower, double motive, double divergence, Bands bands) {
        if (softPower <= bands.coercive()) {
            return Strategy.COERCIVE_ENTICEMENT;
        }
        if (softPower < bands.mixed()) {
            return Strategy.COERCION_AND_BRIBERY;
        }
        if (softPower <= bands.indifferent()) {
            return Strategy.SIDE_PAYMENT_BRIBERY;
        }
        if (softPower < bands.motivated()) {
            return Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING;
        }
        return conditionalPressure(motive, divergence) >= bands.conditional() - Numbers.EPSILON
                ? Strategy.CONDITIONAL_BOLSTERING
                : Strategy.UNCONDITIONAL_BOLSTERING;
    }

    /** divergence + (1 - M): how far aims diverge plus how far the binding threat has receded. */
    public static double conditionalPressure(double motive, double divergence) {
        return divergence + (1 - motive);
    }

    /** The band's name in the framework's terms. */
    public static String bandName(Strategy s) {
        return switch (s) {
            case COERCIVE_ENTICEMENT -> "highly repulsed";
            case COERCION_AND_BRIBERY -> "repulsed";
            case SIDE_PAYMENT_BRIBERY -> "indifferent";
            case BRIBERY_AND_CONDITIONAL_BOLSTERING -> "weakly motivated";
            case CONDITIONAL_BOLSTERING, UNCONDITIONAL_BOLSTERING -> "motivated";
        };
    }
}
