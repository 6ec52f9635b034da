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
    /** An inducement with no conditions attached buys a fifth of what a fully conditioned one buys. */
    static final double UNCONDITIONED_SHARE = 0.2;

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

    /**
     * The least leverage that counts as a real inducement toward an indifferent or weakly motivated partner
     * whose cost is negligible: with {@code cost} 0 "a partner asks only that the inducement be real".
     */
    public static final double REAL = 0.1;
    /** The share of a weakly motivated partner's cost its own motive pays, at the motivated edge. */
    static final double MOTIVE_PAYS = 0.5;
    /** Leverage beyond the need that earns the most intense induced compliance. */
    static final double FULL_SURPLUS = 0.4;

    /**
     * The band's floor: the least leverage a partner of this band needs whatever its cost. A repulsed partner
     * must be pulled away from the adversary it leans toward, so force is needed (the old band norms); an
     * indifferent or weakly motivated partner needs only a real inducement.
     */
    public static double floor(Strategy s) {
        return switch (s) {
            case UNCONDITIONAL_BOLSTERING, CONDITIONAL_BOLSTERING -> 0.0;
            case BRIBERY_AND_CONDITIONAL_BOLSTERING, SIDE_PAYMENT_BRIBERY -> REAL;
            case COERCION_AND_BRIBERY -> 0.5;
            case COERCIVE_ENTICEMENT -> 0.6;
        };
    }

    /**
     * The part of the partner's cost the leader's hard power must offset: all of it below the weakly
     * motivated band; a weakly motivated partner's own motive pays a growing share of it, up to half at the
     * motivated edge (where soft power alone moves it and nothing is needed).
     */
    public static double costToOffset(Strategy s, double softPower, double cost, Bands bands) {
        if (s.voluntary()) {
            return 0;
        }
        if (s != Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING) {
            return cost;
        }
        double depth = Numbers.clamp((softPower - bands.indifferent()) / (bands.motivated() - bands.indifferent()), 0, 1);
        return cost * (1 - MOTIVE_PAYS * depth);
    }

    /**
     * The leverage a partner below the motivated band needs to be won over (0 for a motivated one): the
     * band's floor or the cost to offset, whichever is larger — "extensive side-payments in order to offset
     * the expected costs and risks of fighting".
     */
    public static double need(Strategy s, double softPower, double cost, Bands bands) {
        return Math.max(floor(s), costToOffset(s, softPower, cost, bands));
    }

    /**
     * What conditions make of an inducement toward a partner below the motivated band: unconditioned, a
     * fifth of its face value (goodwill, not the contribution — Johnson's sterling support); conditioned in
     * full on the contribution, all of it (Bundy's brigade).
     */
    public static double conditionedShare(double conditionality) {
        return UNCONDITIONED_SHARE + (1 - UNCONDITIONED_SHARE) * conditionality;
    }

    /** Inducements (side-payments and aid) weighted by their conditions: 0..1. */
    public static double inducementLeverage(DeployedHardPower d) {
        return Math.min(1, (d.sidePayment() + d.bolstering()) * conditionedShare(d.conditionality()));
    }

    /**
     * The suitable hard power toward a partner not voluntarily disposed: the paper's three remedies for
     * light-handedness, "enough material inducements, ... sufficiently stringent conditions ..., or
     * threatening to punish non-cooperation". 0..1. It is compared with {@link #need}, which counts the
     * partner's cost.
     */
    public static double leverage(DeployedHardPower d) {
        return Math.min(1, d.coercion() + inducementLeverage(d));
    }
}
