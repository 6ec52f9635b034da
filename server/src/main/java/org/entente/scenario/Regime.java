package org.entente.scenario;

/** A nation's regime type: {@code democracy} or {@code autocracy} in the YAML. */
public enum Regime {
    DEMOCRACY, AUTOCRACY;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Regime fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
