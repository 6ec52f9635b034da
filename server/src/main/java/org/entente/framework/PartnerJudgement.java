package org.entente.framework;

import java.util.List;
import java.util.Objects;

/**
 * The engine's judgement of one partner; numbers rounded to two decimals.
 *
 * @param nation      the partner
 * @param softPower   -1..1, the leader's wartime soft power toward it
 * @param recommended the hard-power strategy that soft power calls for
 * @param failure     the leadership failure the leader is committing toward it, or NONE
 * @param compliance  how it will comply
 * @param explanation sentences a player can read, naming the inputs that drove each judgement
 * @param assessment  the figures behind the failure and compliance (norms, leverage, need), for callers that
 *                    translate them into their own units; not part of the contract's JSON
 */
public record PartnerJudgement(String nation, double softPower, Strategy recommended, Failure failure,
        Compliance compliance, List<String> explanation, FailureAssessment assessment) {

    public PartnerJudgement {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(assessment, "assessment");
        explanation = List.copyOf(explanation);
    }
}
