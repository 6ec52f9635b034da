package org.entente.engine.council;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ProposalKind {
    /** Move the coalition's aims or conduct of the war toward a position: voice that runs both ways. */
    AIMS,
    /** Every member commits at least a share of its forces this turn: binds the turn's orders. */
    CONTRIBUTION,
    /** A resolution in words, with no mechanical effect beyond the voice it gives. */
    RESOLUTION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalKind fromWire(String s) {
        for (ProposalKind k : values()) {
            if (k.wireName().equals(s)) {
                return k;
            }
        }
        return null;
    }
}
