package org.entente.framework;

/**
 * What each recommended strategy calls for, against which the failures are judged. The paper orders the
 * strategies; the numbers are this project's reading of it (docs/framework.md defends each).
 */
public final class HardPowerNorms {

    /** "Well beyond" the norm: coercion or conditions more than 0.4 above what the strategy calls for. */
    public static final double WELL_BEYOND = 0.4;
    /** "Largely unused": war-effort aid and voice each below a quarter of what the leader could give. */
    public static final double LARGELY_UNUSED = 0.25;
    /** "Well above S": an estimate at least 0.2 above, the width of the indifferent band. */
    public static final double OVERESTIMATE = 0.2;
    /** An inducement with no conditions attached buys 60% of what a fully conditioned one buys. */
    static final double UNCONDITIONED_SHARE = 0.6;

    private HardPowerNorms() {
    }

    /** The coercion the strategy calls for, 0..1. */
    public static double coercionNorm(Strategy s, double softPower, Bands bands) {
        return switch (s) {
            case COERCIVE_ENTICEMENT -> 1.0;
            case COERCION_AND_BRIBERY -> {
                // From 0.5 at the mixed edge to 1 at the coercive edge: the more repulsed, the more force.
                double depth = (bands.mixed() - softPower) / (bands.mixed() - bands.coercive());
                yield Numbers.clamp(0.5 + 0.5 * depth, 0.5, 1.0);
            }
            default -> 0.0;
        };
    }

    /**
     * The stringency of conditions the strategy calls for on the inducements actually deployed, 0..1: a
     * side-payment is "the conditional provision of material inducements", so its conditions are its nature
     * (norm 1) in every band; war-effort aid carries the band's norm for bolstering. With both deployed, the
     * norm is their average weighted by amount; with neither, the band's norm for bolstering.
     */
    public static double conditionsNorm(Strategy s, DeployedHardPower d) {
        double bolsteringNorm = bolsteringConditionsNorm(s);
        double total = d.sidePayment() + d.bolstering();
        if (total <= 0) {
            return bolsteringNorm;
        }
        return (d.sidePayment() * 1.0 + d.bolstering() * bolsteringNorm) / total;
    }

    /** The conditions the strategy calls for on war-effort aid, 0..1. */
    public static double bolsteringConditionsNorm(Strategy s) {
        return switch (s) {
            case UNCONDITIONAL_BOLSTERING -> 0.0;
            case CONDITIONAL_BOLSTERING, BRIBERY_AND_CONDITIONAL_BOLSTERING -> 0.3;
            // Toward an indifferent or repulsed partner every inducement is a bribe: conditions are its nature.
            case SIDE_PAYMENT_BRIBERY, COERCION_AND_BRIBERY, COERCIVE_ENTICEMENT -> 1.0;
        };
    }

    /** Words for a level of coercion or conditions. */
    public static String level(double v) {
        if (v < 0.15) {
            return "none";
        }
        if (v <= 0.35) {
            return "mild ones";
        }
        if (v <= 0.65) {
            return "moderate ones";
        }
        return "stringent ones";
    }

    /** The hard power a partner below the motivated band needs to be won over (0 for a motivated one). */
    public static double need(Strategy s) {
        return switch (s) {
            case UNCONDITIONAL_BOLSTERING, CONDITIONAL_BOLSTERING -> 0.0;
            case BRIBERY_AND_CONDITIONAL_BOLSTERING -> 0.3;
            case SIDE_PAYMENT_BRIBERY -> 0.4;
            case COERCION_AND_BRIBERY -> 0.5;
            case COERCIVE_ENTICEMENT -> 0.6;
        };
    }

    /** Inducements (side-payments and aid) weighted by their conditions: 0..1. */
    public static double inducementLeverage(DeployedHardPower d) {
        double conditioned = UNCONDITIONED_SHARE + (1 - UNCONDITIONED_SHARE) * d.conditionality();
        return Math.min(1, (d.sidePayment() + d.bolstering()) * conditioned);
    }

    /**
     * The suitable hard power toward a partner not voluntarily disposed: the paper's three remedies for
     * light-handedness, "enough material inducements, ... sufficiently stringent conditions ..., or
     * threatening to punish non-cooperation". 0..1.
     */
    public static double leverage(DeployedHardPower d) {
        return Math.min(1, d.coercion() + inducementLeverage(d));
    }
}
