package org.entente.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.RelationshipInputs;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.ScenarioLoaded;
import org.entente.engine.event.SessionCreated;
import org.entente.scenario.Lesson;
import org.entente.scenario.Lessons;

/**
 * The debrief of one session, from its whole log: the scenario's learning objectives judged met, not met
 * or not tested (each check linked to the log position of the adjudication that shows it), and the
 * leader's estimates of its soft power against the truth over the turns. Only for those who see the
 * truth (the white cell and reviewers): both are built from the true adjudications.
 */
public record Debrief(String sessionId, String scenarioId, String title, List<Integer> turns, List<LessonVerdict> lessons,
                      List<EstimateRow> estimates) {

    /** A leader's estimates of its soft power toward one partner, turn by turn, beside the truth. */
    public record EstimateRow(String coalition, String leader, String partner, List<EstimatePoint> turns) {
    }

    /**
     * One turn: the estimate the leader decided on ({@code null} if it had none), the true soft power, the
     * gap (estimate − truth), the strategy recommended, the instruments deployed (in words, and the framework's
     * inputs as recorded, from which a what-if starts) and the failure that stands.
     */
    public record EstimatePoint(int turn, long position, Double estimate, double truth, Double gap, String recommended,
                                String deployed, String failure, RelationshipInputs inputs) {
    }

    public static Debrief of(List<Recorded> log) {
        String sessionId = null;
        String scenarioId = null;
        String title = null;
        List<Lesson> lessons = List.of();
        for (Recorded r : log) {
            if (r.event() instanceof SessionCreated c) {
                sessionId = c.sessionId();
                scenarioId = c.scenarioId();
                title = c.title();
            } else if (r.event() instanceof ScenarioLoaded s) {
                lessons = Lessons.of(s.scenarioYaml());
                break;
            }
        }
        List<AdjudicatedTurn> turns = AdjudicatedTurn.of(log);
        List<LessonVerdict> verdicts = new ArrayList<>();
        for (Lesson l : lessons) {
            verdicts.add(LessonEvaluator.evaluate(l, turns));
        }
        Map<String, List<EstimatePoint>> series = new LinkedHashMap<>();
        Map<String, String[]> who = new LinkedHashMap<>();
        for (AdjudicatedTurn t : turns) {
            for (RelationshipJudgement j : t.adjudication().relationships()) {
                String key = j.coalition() + ">" + j.partner();
                who.putIfAbsent(key, new String[] {j.coalition(), j.leader(), j.partner()});
                Double est = j.inputs().leaderEstimate();
                series.computeIfAbsent(key, k -> new ArrayList<>()).add(new EstimatePoint(t.turn(), t.position(), est,
                        j.softPower(), est == null ? null : Math.round((est - j.softPower()) * 1000) / 1000.0,
                        j.recommended(), LessonEvaluator.deployed(j.inputs()), t.failure(j), j.inputs()));
            }
        }
        List<EstimateRow> estimates = new ArrayList<>();
        series.forEach((k, points) -> estimates.add(new EstimateRow(who.get(k)[0], who.get(k)[1], who.get(k)[2], points)));
        return new Debrief(sessionId, scenarioId, title, turns.stream().map(AdjudicatedTurn::turn).toList(), verdicts, estimates);
    }
}
