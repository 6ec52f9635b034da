package org.entente.framework;

/**
 * The band edges on soft power S that choose the hard-power strategy, and the threshold that makes
 * war-effort bolstering conditional. The paper's Figure 1 gives the order of the strategies, not these
 * numbers: they are this project's reading of it (see docs/framework.md).
 *
 * @param coercive    S at or below: coercive enticement
 * @param mixed       S below (and above coercive): coercion and bribery
 * @param indifferent S at or below (and at or above mixed): side-payment bribery
 * @param motivated   S at or above: war-effort bolstering; below (and above indifferent): bribery and
 *                    conditional bolstering
 * @param conditional 0..2: bolstering is conditional when divergence + (1 - motive) reaches it
 */
public record Bands(double coercive, double mixed, double indifferent, double motivated, double conditional) {

    public static final Bands DEFAULT = new Bands(-0.4, -0.1, 0.1, 0.35, 0.9);

    public Bands {
        Ranges.signed("bands.coercive", coercive);
        Ranges.signed("bands.mixed", mixed);
        Ranges.signed("bands.indifferent", indifferent);
        Ranges.signed("bands.motivated", motivated);
        Ranges.within("bands.conditional", conditional, 0, 2);
        if (!(coercive < mixed && mixed < indifferent && indifferent < motivated)) {
            throw new IllegalArgumentException("band edges must be ordered coercive < mixed < indifferent < motivated,"
                    + " got " + coercive + ", " + mixed + ", " + indifferent + ", " + motivated);
        }
    }
}
