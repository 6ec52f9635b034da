package org.entente.engine.offer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum OfferStatus {
    PENDING, ACCEPTED, REJECTED, COUNTERED, WITHDRAWN, EXPIRED,
    /** Accepted, and delivered in full (aid, side-payments), or complied with (requests, threats). */
    KEPT,
    /** Accepted, and then not delivered in full: visible to the counterpart, and it costs the breaker. */
    BROKEN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean open() {
        return this == PENDING;
    }
}
