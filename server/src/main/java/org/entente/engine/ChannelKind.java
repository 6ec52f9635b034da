package org.entente.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four kinds of negotiation channel; membership rules live in {@link ChannelId}. */
public enum ChannelKind {
    /** All nations. */
    PLENARY,
    /** Two nations, opened by either. */
    BILATERAL,
    /** The players of one nation. */
    TEAM,
    /** The facilitators and one nation. */
    WHITE_CELL,
    /** The combined-staff council's debate: whoever holds a seat now. */
    COUNCIL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
