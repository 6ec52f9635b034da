package org.entente.engine.adjudication;

import org.entente.engine.offer.OfferStatus;

/** What became of an accepted offer at the turn's end: delivered or not, kept or broken. */
public record OfferOutcome(String offer, String from, String to, double delivered, OfferStatus status, String note) {
}
