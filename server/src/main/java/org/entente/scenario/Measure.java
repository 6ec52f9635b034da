package org.entente.scenario;

import java.util.Optional;

/**
 * How an objective is scored: a closed set of kinds, each with its parameters. Written in YAML as
 * {@code measure: {kind: <kind>, ...parameters}}. All are judged at the end of the game unless said.
 * See docs/scenario-format.md for the precise definitions.
 */
public sealed interface Measure {

    /** The YAML {@code kind}. */
    String kind();

    /** {@code victory {coalition?}}: the coalition (default: the first coalition the nation belongs to at the end) has won. */
    record Victory(Optional<String> coalition) implements Measure {
        public String kind() { return "victory"; }
    }

    /** {@code progress {atLeast}}: the war's progress at the end is at least {@code atLeast} (0..1). */
    record Progress(double atLeast) implements Measure {
        public String kind() { return "progress"; }
    }

    /** {@code seat {minTurns}}: the nation held a council seat for at least {@code minTurns} turns (≥1, default 1). */
    record Seat(int minTurns) implements Measure {
        public String kind() { return "seat"; }
    }

    /** {@code aidReceived {atLeast, from?}}: aid units actually delivered to the nation (from {@code from} only, if given) total at least {@code atLeast}. */
    record AidReceived(int atLeast, Optional<String> from) implements Measure {
        public String kind() { return "aidReceived"; }
    }

    /**
     * {@code contributionShare {atMost?, atLeast?, coalition?}}: the nation's share (0..1) of all contributions
     * made to the coalition's war effort over the game lies within the bounds (at least one given).
     * {@code atMost} is burden-shifting, {@code atLeast} burden-sharing (or prestige).
     */
    record ContributionShare(Optional<Double> atMost, Optional<Double> atLeast, Optional<String> coalition)
            implements Measure {
        public String kind() { return "contributionShare"; }
    }

    /** {@code affinity {with, atLeast}}: at the end, {@code with}'s affinity toward this nation is at least {@code atLeast} (-1..1). */
    record Affinity(String with, double atLeast) implements Measure {
        public String kind() { return "affinity"; }
    }

    /**
     * {@code aimsShift {axis, toward, tolerance?}}: at the end, the coalition's position on {@code axis}
     * lies within {@code tolerance} (default 0.15) of {@code toward} (0..1).
     */
    record AimsShift(Axis axis, double toward, double tolerance) implements Measure {
        public String kind() { return "aimsShift"; }
    }

    /** {@code stayOut {coalition}}: the nation never joined {@code coalition} and made no contribution to it. */
    record StayOut(String coalition) implements Measure {
        public String kind() { return "stayOut"; }
    }

    /** {@code keepOut {nation, coalition}}: {@code nation} never joined {@code coalition} and made no contribution to it. */
    record KeepOut(String nation, String coalition) implements Measure {
        public String kind() { return "keepOut"; }
    }

    /** {@code member {coalition}}: the nation is a member of {@code coalition} at the end. */
    record Member(String coalition) implements Measure {
        public String kind() { return "member"; }
    }

    /** {@code publicSupport {atLeast}}: the nation's public support at the end is at least {@code atLeast} and its government never fell. */
    record PublicSupport(double atLeast) implements Measure {
        public String kind() { return "publicSupport"; }
    }
}
