package org.entente.engine.event;

/** A nation joined a coalition, or left it (defection). Public. */
public record MembershipChanged(String nation, String coalition, boolean member) implements Event {
}
