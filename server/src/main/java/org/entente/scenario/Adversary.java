package org.entente.scenario;

/**
 * An adversary (not a playable role).
 *
 * @param strength its military power relative to the coalition facing it, 0..1
 * @param aims     its aims: a {@code wolf} threatens everyone near it, a {@code jackal} is opportunistic,
 *                 a {@code lion} is defending the status quo against a revisionist coalition
 */
public record Adversary(String id, String name, double strength, Aims aims, String description) {
}
