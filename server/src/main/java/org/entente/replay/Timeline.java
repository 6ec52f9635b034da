package org.entente.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.Role;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.BurdenLine;
import org.entente.engine.adjudication.CoalitionOutcome;
import org.entente.engine.adjudication.NationOutcome;
import org.entente.engine.adjudication.RelationshipInputs;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.crisis.Change;
import org.entente.engine.event.CrisisAnnounced;
import org.entente.engine.event.CrisisApplied;
import org.entente.engine.event.Event;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.NoteAdded;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.event.SessionCreated;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.report.Score;
import org.entente.engine.report.TurnReport;

/**
 * What after-action reviewers look at, turn by turn: the framework's judgement of each relationship
 * (soft power, the strategy recommended against the instruments actually deployed, failures,
 * compliance), each nation's contribution and burden, each coalition's war — and the turning points:
 * crises, overrides, flagged failures. Built only from the events a role saw ({@link RoleFilter}):
 * the white cell and reviewers get the true adjudications; a nation gets its own reports (its
 * estimates, marked {@code estimated}) and nothing it was not shown.
 */
public record Timeline(String sessionId, String scenarioId, String title, String as, boolean truth, Double victoryAt,
                       long events, List<TurnRow> turns, List<TurningPoint> turningPoints, List<NoteRow> notes,
                       List<OverrideRow> overrides, Ended ended) {

    /** One adjudicated turn; {@code position} is where its results stand in the viewer's stream. */
    public record TurnRow(int turn, long position, List<RelationshipRow> relationships, List<NationRow> nations,
                          List<CoalitionRow> coalitions, List<String> decisions) {
    }

    /**
     * A leader–partner relationship in one turn. {@code used} lists the instruments the leader actually
     * deployed (coercion, side-payments, bolstering, conditions); the deployed amounts are the
     * framework's 0..1 inputs. For a nation's own view, {@code estimated} is true and the figures are
     * its estimates; what it cannot know is null.
     */
    public record RelationshipRow(String coalition, String leader, String partner, double softPower, boolean estimated,
                                  String recommended, List<String> used, Double coercion, Double sidePayment,
                                  Double bolstering, Double conditionality, String failure, String failureOverride,
                                  String compliance, Double intensity) {
    }

    /** A nation in one turn: contribution (points), what counted, its costs and benefits, its burden shares and flag. */
    public record NationRow(String nation, String coalition, Double contribution, Double effective, Double intensity,
                            Double costs, Double benefits, Double costsTotal, Double benefitsTotal, Double costShare,
                            Double benefitShare, String burdenFlag) {
    }

    public record CoalitionRow(String coalition, Double progressBefore, double progress, Double effectiveness,
                               Double leaderEffort, Double partnersEffort, boolean victory) {
    }

    /** A moment that changed the exercise: {@code kind} is crisis, crisis.applied, override, failure, burden or end. */
    public record TurningPoint(long position, int turn, String kind, String title, String detail) {
    }

    public record NoteRow(long position, int turn, String text) {
    }

    /** An override beside the original: what was set, what it was before, and why. */
    public record OverrideRow(long position, int atTurn, int turn, List<String> changes, List<String> was, String reason) {
    }

    public record Ended(String reason, List<Score> scores, List<String> outcomes) {
    }

    /** Builds the timeline of what {@code viewer} saw; the white cell (and so a reviewer) sees the truth. */
    public static Timeline of(List<RoleFilter.Seen> seen, Role viewer) {
        boolean truth = viewer.isWhiteCell();
        String sessionId = null;
        String scenarioId = null;
        String title = null;
        Double victoryAt = null;
        int turn = 0;
        List<TurnRow> turns = new ArrayList<>();
        Map<Integer, TurnReport> ownReports = new LinkedHashMap<>();
        Map<Integer, Long> reportPositions = new LinkedHashMap<>();
        List<TurningPoint> points = new ArrayList<>();
        List<NoteRow> notes = new ArrayList<>();
        List<OverrideRow> overrides = new ArrayList<>();
        Map<String, String> failureOverrides = new LinkedHashMap<>();
        Ended ended = null;
        List<Adjudication> adjudications = new ArrayList<>();
        Map<Integer, Long> adjudicationPositions = new LinkedHashMap<>();
        for (RoleFilter.Seen s : seen) {
            Event e = s.recorded().event();
            long pos = s.position();
            if (e instanceof SessionCreated c) {
                sessionId = c.sessionId();
                scenarioId = c.scenarioId();
                title = c.title();
            } else if (e instanceof PhaseBegan p) {
                turn = p.turn();
            } else if (e instanceof TurnAdjudicated a) {
                adjudications.add(a.adjudication());
                adjudicationPositions.put(a.adjudication().turn(), pos);
            } else if (e instanceof TurnReported r) {
                if (victoryAt == null) {
                    victoryAt = r.report().victoryAt();
                }
                if (!truth && r.report().nation().equals(viewer.id())) {
                    ownReports.put(r.report().turn(), r.report());
                    reportPositions.put(r.report().turn(), pos);
                }
            } else if (e instanceof CrisisAnnounced c) {
                String told = c.nations().isEmpty() ? "every nation" : String.join(", ", c.nations());
                points.add(new TurningPoint(pos, turn, "crisis", c.title(), c.text()
                        + (truth ? " (told to " + told + ")" : "")
                        + (c.leaks().isEmpty() ? "" : " Leaked: " + String.join("; ", c.leaks()))));
            } else if (e instanceof CrisisApplied c) {
                points.add(new TurningPoint(pos, turn, "crisis.applied", c.title(),
                        "changed: " + String.join("; ", c.changes().stream().map(Timeline::describe).toList())));
            } else if (e instanceof ResultOverridden o) {
                List<String> changes = o.changes().stream().map(Timeline::describe).toList();
                overrides.add(new OverrideRow(pos, turn, o.turn(), changes, o.was(), o.reason()));
                points.add(new TurningPoint(pos, turn, "override", "The white cell overrode turn " + o.turn() + "'s result",
                        String.join("; ", changes) + " (was: " + String.join("; ", o.was()) + ") — " + o.reason()));
                for (Change c : o.changes()) {
                    if (c instanceof Change.Failure f) {
                        failureOverrides.put(f.turn() + "|" + f.coalition() + ">" + f.partner(), f.failure());
                    }
                }
            } else if (e instanceof NoteAdded n) {
                notes.add(new NoteRow(pos, turn, n.text()));
            } else if (e instanceof ExerciseEnded x) {
                ended = new Ended(x.reason(), x.scores(), x.outcomes());
                points.add(new TurningPoint(pos, turn, "end", "The exercise ended: " + x.reason(), String.join("; ", x.outcomes())));
            }
        }
        if (truth) {
            for (Adjudication a : adjudications) {
                long pos = adjudicationPositions.get(a.turn());
                turns.add(truthRow(a, pos, failureOverrides));
                for (RelationshipJudgement j : a.relationships()) {
                    if (j.failure() != null && !"NONE".equals(j.failure())) {
                        String over = failureOverrides.get(a.turn() + "|" + j.coalition() + ">" + j.partner());
                        points.add(new TurningPoint(pos, a.turn(), "failure", failureName(j.failure()) + ": " + j.leader()
                                + " toward " + j.partner(), "soft power " + j.softPower() + "; recommended "
                                + strategyName(j.recommended()) + "; deployed " + String.join(", ", used(j.inputs()))
                                + (over == null ? "" : "; the white cell ruled " + failureName(over))));
                    }
                }
                for (BurdenLine b : a.burden()) {
                    if (b.flag() != null && !b.flag().isEmpty()) {
                        points.add(new TurningPoint(pos, a.turn(), "burden", b.nation() + " " + b.flag(),
                                "cost share " + b.costShare() + " against benefit share " + b.benefitShare()));
                    }
                }
            }
        } else {
            for (TurnReport r : ownReports.values()) {
                long pos = reportPositions.get(r.turn());
                turns.add(ownRow(r, pos));
                for (EstimateLine l : r.estimates()) {
                    if (l.failure() != null && !"NONE".equals(l.failure())) {
                        points.add(new TurningPoint(pos, r.turn(), "failure", failureName(l.failure()) + " (as estimated): "
                                + l.leader() + " toward " + l.partner(), "estimated soft power " + l.estimate()
                                + "; recommended " + strategyName(l.recommended())));
                    }
                }
                for (BurdenLine b : r.burden()) {
                    if (b.flag() != null && !b.flag().isEmpty()) {
                        points.add(new TurningPoint(pos, r.turn(), "burden", b.nation() + " " + b.flag(),
                                "cost share " + b.costShare() + " against benefit share " + b.benefitShare()));
                    }
                }
            }
        }
        points.sort(java.util.Comparator.comparingLong(TurningPoint::position));
        return new Timeline(sessionId, scenarioId, title, viewer.id(), truth, victoryAt, seen.size(), turns, points, notes,
                overrides, ended);
    }

    private static TurnRow truthRow(Adjudication a, long pos, Map<String, String> failureOverrides) {
        List<RelationshipRow> relationships = new ArrayList<>();
        for (RelationshipJudgement j : a.relationships()) {
            RelationshipInputs in = j.inputs();
            relationships.add(new RelationshipRow(j.coalition(), j.leader(), j.partner(), j.softPower(), false,
                    j.recommended(), used(in), in.coercion(), in.sidePayment(), in.bolstering(), in.conditionality(),
                    j.failure(), failureOverrides.get(a.turn() + "|" + j.coalition() + ">" + j.partner()), j.compliance(),
                    j.intensity()));
        }
        Map<String, BurdenLine> burden = new LinkedHashMap<>();
        a.burden().forEach(b -> burden.putIfAbsent(b.nation(), b));
        List<NationRow> nations = new ArrayList<>();
        for (NationOutcome n : a.nations()) {
            BurdenLine b = burden.get(n.nation());
            nations.add(new NationRow(n.nation(), n.coalition(), n.contribution(), n.effective(), n.intensity(), n.costs(),
                    n.benefits(), n.costsTotal(), n.benefitsTotal(), b == null ? null : b.costShare(),
                    b == null ? null : b.benefitShare(), b == null ? null : b.flag()));
        }
        List<CoalitionRow> coalitions = new ArrayList<>();
        for (CoalitionOutcome c : a.coalitions()) {
            coalitions.add(new CoalitionRow(c.coalition(), c.progressBefore(), c.progressAfter(), c.effectiveness(),
                    c.leaderEffort(), c.partnersEffort(), c.victory()));
        }
        return new TurnRow(a.turn(), pos, relationships, nations, coalitions, a.adoptedDecisions());
    }

    private static TurnRow ownRow(TurnReport r, long pos) {
        List<RelationshipRow> relationships = new ArrayList<>();
        for (EstimateLine l : r.estimates()) {
            relationships.add(new RelationshipRow(l.coalition(), l.leader(), l.partner(), l.estimate(), true, l.recommended(),
                    List.of(), null, null, null, null, l.failure(), null, null, null));
        }
        List<NationRow> nations = new ArrayList<>();
        boolean self = false;
        for (BurdenLine b : r.burden()) {
            boolean me = b.nation().equals(r.nation());
            self |= me;
            nations.add(new NationRow(b.nation(), b.coalition(), me ? r.contribution() : null, me ? r.effective() : null,
                    me ? r.intensity() : null, null, null, null, null, b.costShare(), b.benefitShare(), b.flag()));
        }
        if (!self) {
            nations.add(0, new NationRow(r.nation(), r.coalition(), r.contribution(), r.effective(), r.intensity(), null, null,
                    null, null, null, null, null));
        }
        List<CoalitionRow> coalitions = r.coalition() == null ? List.of()
                : List.of(new CoalitionRow(r.coalition(), null, r.progress(), null, null, null, r.progress() >= r.victoryAt()));
        return new TurnRow(r.turn(), pos, relationships, nations, coalitions, r.decisions());
    }

    /** The instruments a leader deployed toward a partner, from the adjudicator's derived inputs. */
    static List<String> used(RelationshipInputs in) {
        List<String> used = new ArrayList<>();
        if (in.coercion() > 0) {
            used.add("coercion");
        }
        if (in.sidePayment() > 0) {
            used.add("side-payments");
        }
        if (in.bolstering() > 0) {
            used.add("bolstering");
        }
        if (in.conditionality() > 0) {
            used.add("conditions");
        }
        if (used.isEmpty()) {
            used.add("none");
        }
        return used;
    }

    static String strategyName(String s) {
        if (s == null) {
            return "—";
        }
        try {
            return org.entente.framework.Strategy.valueOf(s).words();
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static String failureName(String f) {
        return f == null ? "" : f.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A change of a crisis or an override in words, e.g. "progress of allies = 0.5". */
    static String describe(Change c) {
        if (c instanceof Change.Threat t) {
            return "threat to " + t.nation() + " from " + t.adversary() + " = power " + t.power() + ", proximity " + t.proximity()
                    + ", offensive " + t.offensive() + ", intentions " + t.intentions();
        } else if (c instanceof Change.Strength s) {
            return "strength of " + s.adversary() + " = " + s.value();
        } else if (c instanceof Change.Progress p) {
            return "progress of " + p.coalition() + " = " + p.value();
        } else if (c instanceof Change.Resources r) {
            return "resources of " + r.nation() + " = " + r.value();
        } else if (c instanceof Change.Extraction x) {
            return "extraction of " + x.nation() + " = " + x.value();
        } else if (c instanceof Change.PublicSupport p) {
            return "public support in " + p.nation() + " = " + p.value();
        } else if (c instanceof Change.Opportunity o) {
            return "opportunity of " + o.nation() + " toward " + o.toward() + " = " + o.value();
        } else if (c instanceof Change.Affinity a) {
            return "affinity of " + a.from() + " toward " + a.toward() + " = " + a.value();
        } else if (c instanceof Change.Preferences p) {
            return "preferences of " + p.nation() + " = conduct " + p.conduct() + ", aims " + p.aims();
        } else if (c instanceof Change.Membership m) {
            return m.nation() + (m.member() ? " joins " : " leaves ") + m.coalition();
        } else if (c instanceof Change.Seat s) {
            return s.nation() + (s.seated() ? " seated" : " unseated");
        } else if (c instanceof Change.OfferCut o) {
            return "offer " + o.offer() + " cut off";
        } else if (c instanceof Change.Failure f) {
            return "failure of " + f.coalition() + " toward " + f.partner() + " in turn " + f.turn() + " = " + failureName(f.failure());
        }
        return String.valueOf(c);
    }

    /** The events of a log as the white cell saw them: every event, at its own sequence number. */
    public static List<RoleFilter.Seen> whole(List<Recorded> log) {
        List<RoleFilter.Seen> all = new ArrayList<>(log.size());
        for (Recorded r : log) {
            all.add(new RoleFilter.Seen(r.seq(), r));
        }
        return all;
    }
}
