package org.entente.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;
import org.entente.scenario.Measure;
import org.entente.scenario.Objective;

/** Scores every nation against its private objectives and states how each coalition's war ended. */
public final class Scoring {

    private Scoring() {
    }

    public static ExerciseEnded end(World w, String reason) {
        List<Score> scores = new ArrayList<>();
        for (NationStatus n : w.nations().values()) {
            List<Score.ObjectiveResult> results = new ArrayList<>();
            int points = 0;
            int possible = 0;
            for (Objective o : n.base().objectives()) {
                Judged j = judge(w, n, o.measure());
                results.add(new Score.ObjectiveResult(o.id(), o.text(), o.weight(), j.met(), j.detail()));
                possible += o.weight();
                points += j.met() ? o.weight() : 0;
            }
            scores.add(new Score(n.id(), points, possible, results));
        }
        List<String> outcomes = new ArrayList<>();
        for (CoalitionStatus c : w.coalitions().values()) {
            boolean won = c.progress() >= w.scenario().war().victoryAt();
            outcomes.add(String.format(Locale.ROOT, "%s: %s (the war's progress stands at %.2f; victory at %.2f).", c.name(),
                    won ? "victory" : "no victory", c.progress(), w.scenario().war().victoryAt()));
        }
        return new ExerciseEnded(reason, scores, outcomes);
    }

    private record Judged(boolean met, String detail) {
    }

    private static Judged judge(World w, NationStatus n, Measure m) {
        CoalitionStatus own = w.coalitionOf(n.id()).orElse(w.councilCoalition());
        double victoryAt = w.scenario().war().victoryAt();
        if (m instanceof Measure.Victory v) {
            CoalitionStatus c = v.coalition().map(id -> w.coalitions().get(id)).orElse(own);
            return new Judged(c.progress() >= victoryAt, fmt("%s's war stands at %.2f of the %.2f needed", c.name(), c.progress(), victoryAt));
        }
        if (m instanceof Measure.Progress p) {
            return new Judged(own.progress() >= p.atLeast(), fmt("the war stands at %.2f (needed %.2f)", own.progress(), p.atLeast()));
        }
        if (m instanceof Measure.Seat s) {
            return new Judged(n.seatTurns() >= s.minTurns(), fmt("seated for %d turn(s) (needed %d)", n.seatTurns(), s.minTurns()));
        }
        if (m instanceof Measure.AidReceived a) {
            double got = a.from().map(n::aidReceivedFrom).orElse(n.aidReceived());
            return new Judged(got >= a.atLeast(), fmt("received %.0f unit(s)%s (needed %d)", got,
                    a.from().map(f -> " from " + f).orElse(""), a.atLeast()));
        }
        if (m instanceof Measure.ContributionShare s) {
            CoalitionStatus c = s.coalition().map(id -> w.coalitions().get(id)).orElse(own);
            double total = c.members().stream().mapToDouble(id -> w.apportioned(id, w.nation(id).costs())).sum();
            double share = total == 0 ? 0 : w.apportioned(n.id(), n.costs()) / total;
            boolean met = s.atMost().map(x -> share <= x + 1e-9).orElse(true) && s.atLeast().map(x -> share + 1e-9 >= x).orElse(true);
            // one decimal: "bore 40%" against a cap of 40% would contradict a share of 40.3% judged over it
            String bounds = s.atMost().map(x -> fmt(" (at most %.0f%%)", 100 * x)).orElse("")
                    + s.atLeast().map(x -> fmt(" (at least %.0f%%)", 100 * x)).orElse("");
            return new Judged(met, fmt("bore %.1f%% of %s's costs%s", 100 * share, c.name(), bounds));
        }
        if (m instanceof Measure.Affinity a) {
            double v = w.nation(a.with()).affinityToward(n.id());
            return new Judged(v >= a.atLeast(), fmt("%s's affinity toward you is %.2f (needed %.2f)", a.with(), v, a.atLeast()));
        }
        if (m instanceof Measure.AimsShift s) {
            double at = own.on(s.axis().yaml());
            return new Judged(Math.abs(at - s.toward()) <= s.tolerance() + 1e-9,
                    fmt("the coalition's %s stands at %.2f (wanted %.2f ± %.2f)", s.axis().yaml(), at, s.toward(), s.tolerance()));
        }
        if (m instanceof Measure.StayOut s) {
            boolean out = !w.coalitions().get(s.coalition()).hasMember(n.id());
            return new Judged(out, out ? "stayed out of " + s.coalition() : "ended inside " + s.coalition());
        }
        if (m instanceof Measure.KeepOut k) {
            boolean out = !w.coalitions().get(k.coalition()).hasMember(k.nation());
            return new Judged(out, k.nation() + (out ? " stayed out of " : " ended inside ") + k.coalition());
        }
        if (m instanceof Measure.Member mem) {
            boolean in = w.coalitions().get(mem.coalition()).hasMember(n.id());
            return new Judged(in, in ? "a member of " + mem.coalition() + " at the end" : "not a member of " + mem.coalition());
        }
        if (m instanceof Measure.PublicSupport p) {
            return new Judged(n.publicSupport() >= p.atLeast(), fmt("public support %.2f (needed %.2f)", n.publicSupport(), p.atLeast()));
        }
        throw new IllegalArgumentException("no scoring rule for " + m.kind());
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
