package org.entente.engine.command;

/** The recipient accepts or rejects an offer, threat or request. */
public record AnswerOffer(String offer, boolean accept) implements Command {
}
