package org.entente.engine.event;

import org.entente.engine.Role;

/** Every token of a role stops working (players already connected with one are disconnected). White cell only. */
public record AccessRevoked(Role role, String reason) implements Event {
}
