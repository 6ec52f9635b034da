package org.entente.engine.command;

import org.entente.engine.Role;

/**
 * The white cell issues a new token for a role. The transport draws the token and passes only its
 * hash, so that the engine (and the log) never holds the secret.
 */
public record IssueAccess(Role role, String tokenHash) implements Command {
}
