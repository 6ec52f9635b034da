package org.entente.engine.offer;

import com.fasterxml.jackson.annotation.JsonValue;

/** The framework's instruments, as a nation puts them to another. */
public enum OfferKind {
    /** War-effort bolstering: materiel, money, intelligence or units that strengthen the recipient's war effort. */
    AID("aid"),
    /** An inducement unrelated to the war: trade terms, a visit, a security guarantee. */
    SIDE_PAYMENT("sidePayment"),
    /** Coercive enticement: force, sanctions or abandonment, unless the target meets a demand. */
    THREAT("threat"),
    /** A request that the recipient contribute to the war effort. */
    REQUEST("request");

    private final String wire;

    OfferKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wireName() {
        return wire;
    }

    public static OfferKind fromWire(String s) {
        for (OfferKind k : values()) {
            if (k.wire.equals(s)) {
                return k;
            }
        }
        return null;
    }

    /** Whether this kind transfers resource units from sender to recipient when delivered. */
    public boolean transfers() {
        return this == AID || this == SIDE_PAYMENT;
    }
}
