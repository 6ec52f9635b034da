package org.entente.framework;

/**
 * The leader's war: a lion defending against an aggressor, or a wolf waging a war of aggression
 * (Schweller's terms, as the paper uses them).
 */
public enum Posture {
    DEFENSIVE("defensive"),
    REVISIONIST("revisionist");

    private final String json;

    Posture(String json) {
        this.json = json;
    }

    /** The spelling in a case file. */
    public String json() {
        return json;
    }

    /** The posture spelled {@code text} in a case file, or null. */
    static Posture fromJson(String text) {
        for (Posture p : values()) {
            if (p.json.equals(text)) {
                return p;
            }
        }
        return null;
    }
}
