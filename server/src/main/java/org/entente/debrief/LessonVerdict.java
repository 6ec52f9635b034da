package org.entente.debrief;

import java.util.List;

/**
 * A learning objective judged over a session's log: the verdict, how many of the checks that tested it
 * passed, the status of each adjudicated turn (for the syndicates' comparison) and every check with the
 * log position of the adjudication that shows it.
 *
 * @param evidence what was looked for, in words
 */
public record LessonVerdict(String id, String lesson, List<String> questions, String evidence, Verdict verdict,
                            int passed, int tested, double share, String summary, List<TurnStatus> turns,
                            List<Check> checks) {

    /** One piece of evidence: a relationship, an estimate, a membership or a burden line in one turn. */
    public record Check(int turn, long position, String subject, boolean passed, String detail) {
    }

    /** The lesson in one turn: met if every check of the turn passed, not met if one failed, not tested if none. */
    public record TurnStatus(int turn, long position, Verdict status) {
    }
}
