package org.entente.scenario;

/**
 * A private national objective, scored at the end of the game.
 *
 * @param weight points it is worth, 1..10 (1 if the file does not say)
 */
public record Objective(String id, String text, Measure measure, int weight) {
}
