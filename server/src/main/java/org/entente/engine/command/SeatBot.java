package org.entente.engine.command;

/**
 * The white cell puts a bot playing {@code policy} into a nation's role. As with {@link IssueAccess}, the
 * transport draws the bot's token and passes only its hash; {@code node} names the node that runs it.
 * Whoever held an invite for the role loses it: the bot's token is then the role's only one.
 */
public record SeatBot(String role, String policy, String tokenHash, String node) implements Command {
}
