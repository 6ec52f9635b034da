package org.entente.scenario;

/**
 * How the council adopts a proposal: {@code majority} (more than half of the seated members),
 * {@code unanimity} (every seated member), {@code leader-veto} (a majority that includes the coalition
 * leader).
 */
public enum Voting {
    MAJORITY, UNANIMITY, LEADER_VETO;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Voting fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
