package org.entente.engine.stance;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A coalition leader's declared stance toward one partner. The paper's failures assume the leader is
 * trying to bring every partner in; a leader may instead knowingly write one off or want it out.
 */
public enum Stance {
    /** The default: the leader seeks the partner's cooperation and is judged by every failure. */
    ENGAGE("engage"),
    /** A lost cause knowingly left alone: not worth what bringing it in would take. */
    LEAVE("leave"),
    /** A partner whose entry would cost the coalition more than it brings: kept out, at a price (Israel, 1991). */
    KEEP_OUT("keepOut");

    private final String wire;

    Stance(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wireName() {
        return wire;
    }

    /** The stance of a wire name, or null if it is none. */
    public static Stance fromWire(String s) {
        for (Stance k : values()) {
            if (k.wire.equals(s)) {
                return k;
            }
        }
        return null;
    }
}
