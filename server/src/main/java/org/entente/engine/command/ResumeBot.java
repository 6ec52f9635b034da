package org.entente.engine.command;

/**
 * A node that now hosts the session starts one of its seated bots again (after a restart or a failover).
 * The log holds no secret, so the new host cannot reuse the bot's old token: it draws a fresh one, whose
 * hash replaces the old. Issued with the white cell's authority by the hosting node.
 */
public record ResumeBot(String role, String tokenHash, String node) implements Command {
}
