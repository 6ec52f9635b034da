package org.entente.scenario;

/** A coalition's posture: {@code defensive} (led by a lion) or {@code revisionist} (led by a wolf). */
public enum Posture {
    DEFENSIVE, REVISIONIST;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Posture fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
