package org.entente.scenario;

/**
 * The state of the war.
 *
 * @param progress  initial progress of the (first) coalition's war, 0 (about to lose) .. 1 (won)
 * @param victoryAt progress at which the war is won, 0..1
 */
public record War(double progress, double victoryAt) {
}
