package org.entente.engine.event;

import org.entente.engine.Role;

/**
 * An event as the log holds it: its place in the session's order, when the writer accepted it,
 * who caused it and with which command id (both null for what the system does by itself).
 */
public record Recorded(long seq, long at, Role actor, String commandId, Event event) {
}
