package org.entente.scenario;

/**
 * A state's aims in the paper's bestiary (Schweller's, as Resnick uses it): {@code lion} a defensive,
 * status-quo state; {@code wolf} an unlimited revisionist; {@code jackal} a limited-aims revisionist that
 * joins for the spoils (its motive is opportunity, not threat).
 */
public enum Aims {
    LION, WOLF, JACKAL;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Aims fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
