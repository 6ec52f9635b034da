package org.entente.scenario;

import java.util.List;

/**
 * A learning objective of a scenario (its {@code lessons:} in the YAML, docs/debrief.md): the lesson in
 * words, the hot-wash questions of the facilitator's guide that go with it, and the evidence in the log
 * that shows whether the cohort met it. The debrief evaluates the evidence over the recorded adjudications.
 *
 * @param share the share of the turns in which the lesson was tested that must pass for it to be met
 */
public record Lesson(String id, String lesson, List<String> questions, Evidence evidence, double share) {

    public Lesson {
        questions = List.copyOf(questions);
    }

    /** What in the log shows the lesson met or not. */
    public sealed interface Evidence {
    }

    /**
     * The leader of {@code coalition} toward each of {@code partners}, in the turns where the framework
     * recommended one of {@code when} (every turn if empty): a turn passes if none of {@code avoid} was
     * flagged and, if {@code compliance} is given, the partner complied in one of those modes.
     */
    public record RelationshipEvidence(String coalition, List<String> partners, List<String> when, List<String> avoid,
                                       List<String> compliance) implements Evidence {
        public RelationshipEvidence {
            partners = List.copyOf(partners);
            when = List.copyOf(when);
            avoid = List.copyOf(avoid);
            compliance = List.copyOf(compliance);
        }
    }

    /** The leader's estimate of its soft power toward each partner lies within {@code within} of the truth, in the turns it had one. */
    public record EstimateEvidence(String coalition, List<String> partners, double within) implements Evidence {
        public EstimateEvidence {
            partners = List.copyOf(partners);
        }
    }

    /** At the last adjudicated turn, {@code nation} is ({@code member} true) or is not a member of {@code coalition}. */
    public record MembershipEvidence(String nation, String coalition, boolean member) implements Evidence {
    }

    /** In every adjudicated turn, {@code nation}'s burden line does not carry {@code flag} ("suckered" or "free-riding"). */
    public record BurdenEvidence(String nation, String flag) implements Evidence {
    }
}
