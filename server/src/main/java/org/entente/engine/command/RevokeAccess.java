package org.entente.engine.command;

import org.entente.engine.Role;

public record RevokeAccess(Role role, String reason) implements Command {
}
