package org.entente.engine.command;

/** The sender takes back an offer not yet answered. */
public record WithdrawOffer(String offer) implements Command {
}
