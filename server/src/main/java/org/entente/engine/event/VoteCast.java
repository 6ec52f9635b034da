package org.entente.engine.event;

/** A seated member voted on a proposal; a later vote by the same nation replaces the earlier one. */
public record VoteCast(String proposal, String nation, boolean yes) implements Event {
}
