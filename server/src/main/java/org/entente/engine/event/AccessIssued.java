package org.entente.engine.event;

import org.entente.engine.Role;

/**
 * A token now grants a role. Only the token's SHA-256 is recorded, so the log (and every journal,
 * export and replay made from it) never holds a usable secret.
 */
public record AccessIssued(Role role, String tokenHash) implements Event {
}
