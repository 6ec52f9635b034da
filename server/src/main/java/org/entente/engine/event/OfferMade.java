package org.entente.engine.event;

import org.entente.engine.offer.Offer;

/** An offer, threat or request was put: seen by its two nations and the white cell. */
public record OfferMade(Offer offer) implements Event {
}
