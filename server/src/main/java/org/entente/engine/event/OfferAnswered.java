package org.entente.engine.event;

import org.entente.engine.offer.OfferStatus;

/** The recipient accepted, rejected or countered an offer; or its sender withdrew it. */
public record OfferAnswered(String offer, String from, String to, OfferStatus status) implements Event {
}
