package org.entente.scenario;

/**
 * A nation's domestic constraints.
 *
 * @param extraction         share (0..1) of its resources its government can extract for the war per turn
 * @param maxConditionality  how stringent (0..1) the conditions it may attach to its offers can be
 * @param publicSupport      initial public support for the war (0..1)
 */
public record Domestic(double extraction, double maxConditionality, double publicSupport) {
}
