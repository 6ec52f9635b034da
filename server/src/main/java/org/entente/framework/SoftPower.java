package org.entente.framework;

/**
 * How the soft power toward one partner was made, term by term, for the explanation and the tests.
 *
 * @param motive      M: the threat, or under a wolf the larger of threat and opportunity
 * @param attraction  x = M^1.4 * power^0.8, in 0..1: how strongly the material sources pull together
 * @param material    0.9 * x, the principal, material source
 * @param voice       the voice opportunities' supplement
 * @param affinity    the peacetime disposition's term: a little attraction, or repulsion
 * @param defensive   the soft power a lion would hold with these inputs (after saturation)
 * @param wolfPenalty what a wolf loses against a lion (0 under a defensive leader)
 * @param value       the soft power, rounded to two decimals, in -1..1
 */
public record SoftPower(double motive, double attraction, double material, double voice, double affinity,
        double defensive, double wolfPenalty, double value) {
}
