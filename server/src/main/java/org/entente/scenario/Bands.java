package org.entente.scenario;

/**
 * The framework's band edges on soft power S (see the framework README): a scenario may move any of
 * them; the rest keep their defaults. {@code coercive < mixed < indifferent < motivated} in -1..1, and
 * {@code conditional} in 0..2 (compared with divergence + (1 - motive)).
 */
public record Bands(double coercive, double mixed, double indifferent, double motivated, double conditional) {

    public static final Bands DEFAULT = new Bands(-0.4, -0.1, 0.1, 0.35, 0.9);
}
