package org.entente.engine.turn;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The phases of a turn. Adjudication is not a phase: it happens in the instant the orders phase
 * closes, and the reports phase shows its results.
 */
public enum Phase {
    /** Before the white cell starts the exercise: players may join and talk. */
    LOBBY,
    /** Offers, threats, requests and their answers; talk in every channel. */
    NEGOTIATION,
    /** The council sits: seated members table items, propose and vote. Offers may still be made and answered. */
    COUNCIL,
    /** Each nation commits its forces and money and delivers what it promised. */
    ORDERS,
    /** Each nation reads its turn report. */
    REPORTS,
    /** The exercise is over; scores are shown. */
    ENDED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase with this wire name, or null. */
    public static Phase fromWire(String s) {
        for (Phase p : values()) {
            if (p.wireName().equals(s)) {
                return p;
            }
        }
        return null;
    }

    public Phase next() {
        return switch (this) {
            case LOBBY, REPORTS -> NEGOTIATION;
            case NEGOTIATION -> COUNCIL;
            case COUNCIL -> ORDERS;
            case ORDERS -> REPORTS;
            case ENDED -> ENDED;
        };
    }
}
