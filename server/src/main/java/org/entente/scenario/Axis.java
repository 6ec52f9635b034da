package org.entente.scenario;

/** The two preference axes of every scenario: the war's {@code conduct} and its {@code aims}. */
public enum Axis {
    CONDUCT, AIMS;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Axis fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
