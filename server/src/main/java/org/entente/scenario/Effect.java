package org.entente.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One effect of a crisis event: a closed set of kinds. Written in YAML as {@code {kind: <kind>, ...}}.
 * Where an effect has {@code targets}, an empty list means "the event's targets when played": its
 * {@code defaultTargets} unless the facilitator names others. See docs/scenario-format.md.
 */
public sealed interface Effect {

    String kind();

    /**
     * {@code threat {adversary, component?, delta, targets?}}: adds {@code delta} (-1..1) to the named
     * component of the threat {@code adversary} poses to each target (all four components if none), clamped
     * to 0..1.
     */
    record ThreatChange(String adversary, Optional<ThreatComponent> component, double delta, List<String> targets)
            implements Effect {
        public ThreatChange { targets = List.copyOf(targets); }
        public String kind() { return "threat"; }
    }

    /** {@code strength {adversary, delta}}: adds {@code delta} (-1..1) to the adversary's strength, clamped to 0..1. */
    record StrengthChange(String adversary, double delta) implements Effect {
        public String kind() { return "strength"; }
    }

    /** {@code progress {delta}}: adds {@code delta} (-1..1) to the war's progress, clamped to 0..1. */
    record ProgressChange(double delta) implements Effect {
        public String kind() { return "progress"; }
    }

    /** {@code resources {delta, targets?}}: adds {@code delta} (integer -100..100) to each target's aid units per turn, floored at 0. */
    record ResourcesChange(int delta, List<String> targets) implements Effect {
        public ResourcesChange { targets = List.copyOf(targets); }
        public String kind() { return "resources"; }
    }

    /** {@code extraction {delta, targets?}}: adds {@code delta} (-1..1) to each target's extraction, clamped to 0..1. */
    record ExtractionChange(double delta, List<String> targets) implements Effect {
        public ExtractionChange { targets = List.copyOf(targets); }
        public String kind() { return "extraction"; }
    }

    /** {@code publicSupport {delta, targets?}}: adds {@code delta} (-1..1) to each target's public support, clamped to 0..1. */
    record PublicSupportChange(double delta, List<String> targets) implements Effect {
        public PublicSupportChange { targets = List.copyOf(targets); }
        public String kind() { return "publicSupport"; }
    }

    /** {@code opportunity {toward, delta, targets?}}: adds {@code delta} (-1..1) to each target's opportunity toward an adversary or coalition, clamped to 0..1. */
    record OpportunityChange(String toward, double delta, List<String> targets) implements Effect {
        public OpportunityChange { targets = List.copyOf(targets); }
        public String kind() { return "opportunity"; }
    }

    /**
     * {@code affinity {from?, toward, delta, mutual?}}: adds {@code delta} (-1..1) to the affinity of
     * {@code from} (a nation; the event's targets if absent) toward {@code toward}, clamped to -1..1; if
     * {@code mutual}, also the reverse.
     */
    record AffinityChange(Optional<String> from, String toward, double delta, boolean mutual) implements Effect {
        public String kind() { return "affinity"; }
    }

    /**
     * {@code aidCutoff {from, to?}}: {@code from} stops every aid delivery (pending and future) to
     * {@code to}, or to everyone if absent, until it makes a new offer.
     */
    record AidCutoff(String from, Optional<String> to) implements Effect {
        public String kind() { return "aidCutoff"; }
    }

    /**
     * {@code leak {about, reveals, to?}}: reveals {@code about}'s private {@code reveals}
     * ({@code objectives}, {@code offers} or {@code briefing}) to the event's targets (to everyone if
     * {@code to} is {@code all}, the default).
     */
    record Leak(String about, String reveals, List<String> to) implements Effect {
        public Leak { to = List.copyOf(to); }
        public String kind() { return "leak"; }
    }

    /**
     * {@code governmentFalls {target, publicSupport?, preferences?, leaves?}}: the target's government
     * falls: its public support is reset (to {@code publicSupport} if given), its preferences replaced if
     * given, and if {@code leaves} it withdraws from every coalition and loses its seat.
     */
    record GovernmentFalls(String target, Optional<Double> publicSupport, Optional<Preferences> preferences,
                           boolean leaves) implements Effect {
        public String kind() { return "governmentFalls"; }
    }

    /** {@code joins {nation, coalition}}: the nation becomes a member of the coalition (e.g. entry into the war). */
    record Joins(String nation, String coalition) implements Effect {
        public String kind() { return "joins"; }
    }

    /** {@code leaves {nation, coalition}}: the nation withdraws from the coalition and loses any seat on its council. */
    record Leaves(String nation, String coalition) implements Effect {
        public String kind() { return "leaves"; }
    }
}
