package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.world.World;
import org.entente.scenario.Bands;

/**
 * What a nation believes about a relationship it is part of: the framework run on the figures as its
 * intelligence reads them. Errors shrink with intelligence; a leader's errors lean optimistic (it
 * overrates its own pull — the road to light-handedness). The noise comes from the session's secret
 * seed, keyed by turn, viewer and relationship, so replay reproduces it exactly.
 */
final class Estimates {
    private final World world;
    private final Judge judge;
    private final Bands bands;

    Estimates(World world, Judge judge) {
        this.world = world;
        this.judge = judge;
        this.bands = world.scenario().bands();
    }

    EstimateLine estimate(String viewer, RelationshipJudgement truth) {
        boolean leads = viewer.equals(truth.leader());
        int turn = world.clock().turn();
        RelationshipInputs in = truth.inputs();
        RelationshipInputs seen = seenBy(viewer, truth.leader(), truth.partner(), in, turn);
        Judge.Verdict framework = judge.judge(truth.leader(), truth.partner(), seen, bands);
        Judge.Verdict v = leads
                ? StanceRuling.apply(world, world.coalitions().get(truth.coalition()), truth.partner(), seen, framework)
                : framework;
        List<String> explanation = new ArrayList<>(v.explanation());
        previous(truth).ifPresent(before -> {
            RelationshipInputs seenBefore = seenBy(viewer, truth.leader(), truth.partner(), before.inputs(),
                    before.turn());
            Judge.Verdict vbFramework = judge.judge(truth.leader(), truth.partner(), seenBefore, bands);
            // last turn's failure as the stance then in force left it (when it is the stance still in force)
            Judge.Verdict vb = leads && truth.stance() != null && truth.stance().equals(before.stance())
                    ? StanceRuling.apply(world, world.coalitions().get(truth.coalition()), truth.partner(), seenBefore,
                    vbFramework) : vbFramework;
            explanation.add(ReportSentences.change(seenBefore, vb.softPower(), vb.failure(), seen, v.softPower(),
                    v.failure(), judge, truth.leader(), truth.partner(), bands));
        });
        if (leads) {
            explanation.add(ReportSentences.units(seen, v, world.nation(viewer).budget(), truth.partner()));
            explanation.add(estimateSource(truth.partner(), in, v.softPower()));
        }
        return new EstimateLine(truth.coalition(), truth.leader(), truth.partner(), leads ? "yours" : "theirs",
                v.softPower(), v.recommended(), v.failure(), explanation);
    }

    /** Last turn's true judgement of the same relationship, with its turn, if there was one. */
    private Optional<Previous> previous(RelationshipJudgement truth) {
        List<Adjudication> past = world.adjudications();
        if (past.isEmpty()) {
            return Optional.empty();
        }
        Adjudication last = past.get(past.size() - 1);
        return last.relationships().stream()
                .filter(j -> j.coalition().equals(truth.coalition()) && j.leader().equals(truth.leader())
                        && j.partner().equals(truth.partner()))
                .findFirst().map(j -> new Previous(last.turn(), j.inputs(), j.stance()));
    }

    private record Previous(int turn, RelationshipInputs inputs, String stance) {
    }

    /**
     * The relationship's inputs as the viewer's intelligence reads them on a turn: a pure function of the
     * session's seed, the turn, the viewer and the relationship, so last turn's reading can be recomputed.
     */
    private RelationshipInputs seenBy(String viewer, String leader, String partner, RelationshipInputs in, int turn) {
        double blur = 1 - world.nation(viewer).intelligence();
        boolean leads = viewer.equals(leader);
        SplittableRandom rng = new SplittableRandom(world.seed() ^ mix(turn, viewer, leader + ">" + partner));
        if (leads) {
            double sigma = 0.3 * blur;
            double optimism = 0.15 * blur;
            return new RelationshipInputs(in.power(), in.posture(),
                    clamp(in.threat() + optimism + gauss(rng) * sigma, 0, 1),
                    clamp(in.opportunity() + gauss(rng) * sigma, 0, 1),
                    clamp(in.affinity() + optimism + gauss(rng) * sigma, -1, 1),
                    in.voice(), clamp(in.divergence() + gauss(rng) * sigma, 0, 1),
                    clamp(in.cost() - optimism + gauss(rng) * sigma, 0, 1), in.leaderEstimate(), in.coercion(),
                    in.sidePayment(), in.bolstering(), in.conditionality(), in.estimateStatedOn(),
                    in.abruptness(), in.pledgeBroken(), in.peremptory());
        }
        double sigma = 0.15 * blur;
        return new RelationshipInputs(clamp(in.power() + gauss(rng) * sigma, 0, 1), in.posture(), in.threat(),
                in.opportunity(), in.affinity(), in.voice(), in.divergence(), in.cost(), null, in.coercion(),
                in.sidePayment(), in.bolstering(), in.conditionality(), null, in.abruptness(), in.pledgeBroken(),
                in.peremptory());
    }

    /** Which figure light-handedness was judged on, and where it came from. */
    private String estimateSource(String partner, RelationshipInputs in, double intelligence) {
        if (in.leaderEstimate() == null) {
            return String.format(Locale.ROOT, "You have stated no assessment of your pull on %s, so light-handedness"
                    + " toward it is not judged; your intelligence reads %.2f. State one in your orders"
                    + " (assessments) and you will be judged on it.", partner, intelligence);
        }
        String when = in.estimateStatedOn() != null && in.estimateStatedOn() == world.clock().turn()
                ? "in your orders this turn"
                : "in your orders on turn " + in.estimateStatedOn() + " and not revised since";
        return String.format(Locale.ROOT, "Light-handedness is judged on your own assessment of your pull on %s:"
                + " %.2f, stated %s (your intelligence reads %.2f).", partner, in.leaderEstimate(), when, intelligence);
    }

    private static long mix(int turn, String viewer, String subject) {
        long h = 1125899906842597L;
        for (char ch : (turn + "|" + viewer + "|" + subject).toCharArray()) {
            h = 31 * h + ch;
        }
        return h;
    }

    /** A standard normal draw (Box–Muller), bounded to ±3 so one unlucky draw cannot dominate. */
    private static double gauss(SplittableRandom rng) {
        double u = Math.max(1e-12, rng.nextDouble());
        double g = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * rng.nextDouble());
        return clamp(g, -3, 3);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.round(Math.max(lo, Math.min(hi, v)) * 1000) / 1000.0;
    }
}
