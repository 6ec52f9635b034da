package org.entente.scenario;

/**
 * The state of the war.
 *
 * @param progress  initial progress of the (first) coalition's war, 0 (about to lose) .. 1 (won)
 * @param victoryAt  progress at which the war is won, 0..1
 * @param peaceTurns turns played after victory, while the threat recedes (the settlement), 0..6
 */
public record War(double progress, double victoryAt, int peaceTurns) {
    public static final int DEFAULT_PEACE_TURNS = 2;
}
