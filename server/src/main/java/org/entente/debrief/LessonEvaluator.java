package org.entente.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.engine.adjudication.BurdenLine;
import org.entente.engine.adjudication.NationOutcome;
import org.entente.engine.adjudication.RelationshipInputs;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.framework.Strategy;
import org.entente.scenario.Lesson;

/** Judges a scenario's learning objectives over the adjudications of a session's log (docs/debrief.md). */
final class LessonEvaluator {
    private LessonEvaluator() {
    }

    static LessonVerdict evaluate(Lesson lesson, List<AdjudicatedTurn> turns) {
        List<LessonVerdict.Check> checks = new ArrayList<>();
        Lesson.Evidence e = lesson.evidence();
        if (e instanceof Lesson.RelationshipEvidence r) {
            relationship(r, turns, checks);
        } else if (e instanceof Lesson.EstimateEvidence r) {
            estimate(r, turns, checks);
        } else if (e instanceof Lesson.MembershipEvidence m) {
            membership(m, turns, checks);
        } else if (e instanceof Lesson.BurdenEvidence b) {
            burden(b, turns, checks);
        }
        int passed = (int) checks.stream().filter(LessonVerdict.Check::passed).count();
        int tested = checks.size();
        Verdict verdict = tested == 0 ? Verdict.NOT_TESTED
                : passed >= Math.ceil(lesson.share() * tested - 1e-9) ? Verdict.MET : Verdict.NOT_MET;
        List<LessonVerdict.TurnStatus> statuses = new ArrayList<>();
        for (AdjudicatedTurn t : turns) {
            List<LessonVerdict.Check> of = checks.stream().filter(c -> c.turn() == t.turn()).toList();
            Verdict s = of.isEmpty() ? Verdict.NOT_TESTED
                    : of.stream().allMatch(LessonVerdict.Check::passed) ? Verdict.MET : Verdict.NOT_MET;
            statuses.add(new LessonVerdict.TurnStatus(t.turn(), t.position(), s));
        }
        String summary = switch (verdict) {
            case NOT_TESTED -> "Not tested: the exercise never put this lesson to the test (" + describe(e) + ").";
            case MET -> "Met: " + passed + " of " + tested + " checks passed (needed " + percent(lesson.share()) + ").";
            case NOT_MET -> "Not met: " + passed + " of " + tested + " checks passed (needed " + percent(lesson.share()) + ").";
        };
        return new LessonVerdict(lesson.id(), lesson.lesson(), lesson.questions(), describe(e), verdict, passed, tested,
                lesson.share(), summary, statuses, checks);
    }

    private static void relationship(Lesson.RelationshipEvidence r, List<AdjudicatedTurn> turns, List<LessonVerdict.Check> out) {
        for (AdjudicatedTurn t : turns) {
            for (RelationshipJudgement j : t.adjudication().relationships()) {
                if (!j.coalition().equals(r.coalition()) || !r.partners().contains(j.partner())) {
                    continue;
                }
                if (!r.when().isEmpty() && !r.when().contains(j.recommended())) {
                    continue;
                }
                String failure = t.failure(j);
                boolean avoided = !r.avoid().contains(failure);
                boolean complied = r.compliance().isEmpty() || r.compliance().contains(j.compliance());
                out.add(new LessonVerdict.Check(t.turn(), t.position(), j.leader() + " → " + j.partner(), avoided && complied,
                        "soft power " + fmt(j.softPower()) + ", recommended " + strategy(j.recommended()) + "; deployed "
                                + deployed(j.inputs()) + "; failure " + words(failure)
                                + (failure.equals(j.failure()) ? "" : " (the white cell's ruling; the adjudicator said "
                                + words(j.failure()) + ")")
                                + "; compliance " + words(j.compliance()) + " (" + fmt(j.intensity()) + ")"));
            }
        }
    }

    private static void estimate(Lesson.EstimateEvidence r, List<AdjudicatedTurn> turns, List<LessonVerdict.Check> out) {
        for (AdjudicatedTurn t : turns) {
            for (RelationshipJudgement j : t.adjudication().relationships()) {
                Double est = j.inputs().leaderEstimate();
                if (!j.coalition().equals(r.coalition()) || !r.partners().contains(j.partner()) || est == null) {
                    continue;
                }
                double gap = est - j.softPower();
                out.add(new LessonVerdict.Check(t.turn(), t.position(), j.leader() + " → " + j.partner(),
                        Math.abs(gap) <= r.within() + 1e-9, j.leader() + " believed " + fmt(est) + "; the truth was "
                        + fmt(j.softPower()) + " (" + (gap >= 0 ? "over" : "under") + " by " + fmt(Math.abs(gap))
                        + "; failure " + words(t.failure(j)) + ")"));
            }
        }
    }

    private static void membership(Lesson.MembershipEvidence m, List<AdjudicatedTurn> turns, List<LessonVerdict.Check> out) {
        if (turns.isEmpty()) {
            return;
        }
        AdjudicatedTurn last = turns.get(turns.size() - 1);
        for (NationOutcome n : last.adjudication().nations()) {
            if (n.nation().equals(m.nation())) {
                boolean member = m.coalition().equals(n.coalition());
                out.add(new LessonVerdict.Check(last.turn(), last.position(), m.nation(), member == m.member(),
                        m.nation() + (member ? " is in " : " is not in ") + m.coalition() + " at the last turn (contributed "
                                + fmt(n.contribution()) + ")"));
            }
        }
    }

    private static void burden(Lesson.BurdenEvidence b, List<AdjudicatedTurn> turns, List<LessonVerdict.Check> out) {
        for (AdjudicatedTurn t : turns) {
            for (BurdenLine l : t.adjudication().burden()) {
                if (l.nation().equals(b.nation())) {
                    boolean flagged = b.flag().equals(l.flag());
                    out.add(new LessonVerdict.Check(t.turn(), t.position(), b.nation(), !flagged, "cost share "
                            + fmt(l.costShare()) + " against benefit share " + fmt(l.benefitShare())
                            + (l.flag() == null || l.flag().isEmpty() ? "" : "; flagged " + l.flag())));
                }
            }
        }
    }

    static String describe(Lesson.Evidence e) {
        if (e instanceof Lesson.RelationshipEvidence r) {
            return "the leader of " + r.coalition() + " toward " + String.join(", ", r.partners())
                    + (r.when().isEmpty() ? ", every turn" : ", in the turns the framework recommended "
                    + String.join(" or ", r.when().stream().map(LessonEvaluator::strategy).toList()))
                    + (r.avoid().isEmpty() ? "" : ": no " + String.join(" or ", r.avoid().stream().map(LessonEvaluator::words).toList()))
                    + (r.compliance().isEmpty() ? "" : (r.avoid().isEmpty() ? ": " : ", and ") + "compliance "
                    + String.join(" or ", r.compliance().stream().map(LessonEvaluator::words).toList()));
        } else if (e instanceof Lesson.EstimateEvidence r) {
            return "the leader of " + r.coalition() + "'s estimate of its soft power toward " + String.join(", ", r.partners())
                    + " within " + fmt(r.within()) + " of the truth, in the turns it had one";
        } else if (e instanceof Lesson.MembershipEvidence m) {
            return m.nation() + (m.member() ? " a member of " : " kept out of ") + m.coalition() + " at the end";
        } else if (e instanceof Lesson.BurdenEvidence b) {
            return b.nation() + " never flagged " + b.flag();
        }
        return String.valueOf(e);
    }

    static String deployed(RelationshipInputs in) {
        List<String> parts = new ArrayList<>();
        if (in.coercion() > 0) {
            parts.add("coercion " + fmt(in.coercion()));
        }
        if (in.sidePayment() > 0) {
            parts.add("side-payments " + fmt(in.sidePayment()));
        }
        if (in.bolstering() > 0) {
            parts.add("aid " + fmt(in.bolstering()));
        }
        if (in.conditionality() > 0) {
            parts.add("conditions " + fmt(in.conditionality()));
        }
        parts.add("voice " + fmt(in.voice()));
        return String.join(", ", parts);
    }

    static String strategy(String s) {
        try {
            return Strategy.valueOf(s).words();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(s);
        }
    }

    static String words(String name) {
        return name == null ? "—" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
