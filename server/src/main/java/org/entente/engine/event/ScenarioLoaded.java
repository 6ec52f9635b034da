package org.entente.engine.event;

/**
 * The whole scenario the session plays, as its YAML text, and the seed of the session's random
 * source: kept in the log so that replay does not depend on the files of the day. White cell only:
 * it holds every nation's private objectives, and the seed would let a player undo the noise of its
 * estimates.
 */
public record ScenarioLoaded(String scenarioYaml, long seed) implements Event {
}
