package org.entente.engine.adjudication;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.scenario.Bands;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The report's own sentences (what changed since last turn and why; what it would take in game units) are
 * checked against the figures they were written from, over random pairs of turns.
 */
class ReportSentencesPropertiesTest {

    private static final Bands BANDS = new Bands(-0.4, -0.1, 0.1, 0.35, 0.9);
    private static final Judge JUDGE = new FrameworkJudge();

    private static Gen<Double> unit() {
        return doubles().between(0, 1);
    }

    private static Gen<RelationshipInputs> inputs() {
        Gen<double[]> a = unit().zip(unit(), unit(), doubles().between(-1, 1), (p, t, o, af) -> new double[] {p, t, o, af});
        Gen<double[]> b = unit().zip(unit(), unit(), unit(), (v, d, c, co) -> new double[] {v, d, c, co});
        Gen<double[]> c = unit().zip(unit(), unit(), doubles().between(-1, 1), (sp, bo, cn, est) -> new double[] {sp, bo, cn, est});
        return a.zip(b, c, (x, y, z) -> new RelationshipInputs(x[0], "defensive", x[1], x[2], x[3], y[0], y[1], y[2],
                z[3] < -0.5 ? null : z[3], y[3] < 0.7 ? 0 : y[3], z[0], z[1], z[2], z[3] < -0.5 ? null : 1, 0, 0, 0));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static List<String> changeContradictions(RelationshipInputs before, RelationshipInputs now) {
        Judge.Verdict vb = JUDGE.judge("L", "P", before, BANDS);
        Judge.Verdict vn = JUDGE.judge("L", "P", now, BANDS);
        String s = ReportSentences.change(before, vb.softPower(), vb.failure(), now, vn.softPower(), vn.failure(),
                JUDGE, "L", "P", BANDS);
        List<String> bad = new ArrayList<>();
        boolean unchanged = Math.abs(vn.softPower() - vb.softPower()) < ReportSentences.UNCHANGED;
        if (unchanged != s.contains("unchanged at " + f(vn.softPower()))) {
            bad.add("unchanged claim");
        }
        if (!unchanged && !s.contains(f(vb.softPower()) + " → " + f(vn.softPower()))) {
            bad.add("soft power figures");
        }
        Matcher m = Pattern.compile("(the threat to it|the leader's power|the gains the war offers it|its affinity toward the"
                + " leader|its voice) (fell|rose) from (-?\\d\\.\\d\\d) to (-?\\d\\.\\d\\d)").matcher(s);
        while (m.find()) {
            double from = Double.parseDouble(m.group(3));
            double to = Double.parseDouble(m.group(4));
            boolean fell = m.group(2).equals("fell");
            if (fell != (to < from)) {
                bad.add("direction of " + m.group(1));
            }
            double sign = Math.signum(vn.softPower() - vb.softPower());
            boolean upInput = to > from;
            // every named input here raises S when it rises, so its move must go the way S went
            if ((upInput ? 1 : -1) != sign) {
                bad.add(m.group(1) + " named as a cause against the change");
            }
        }
        if (!vb.failure().equals(vn.failure()) != s.contains("; failure ")) {
            bad.add("failure change");
        }
        if (!bad.isEmpty()) {
            bad.add(s);
        }
        return bad;
    }

    static List<String> unitContradictions(RelationshipInputs in, int budget) {
        Judge.Verdict v = JUDGE.judge("L", "P", in, BANDS);
        String s = ReportSentences.units(in, v, budget, "P");
        List<String> bad = new ArrayList<>();
        boolean covered = v.leverage() >= v.need() - 1e-9;
        if (s.contains("needs leverage") && (covered || !s.contains("needs leverage " + f(v.need()))
                || !s.contains("and has " + f(v.leverage())))) {
            bad.add("leverage figures");
        }
        if (s.contains(" cover the ") && (!covered || v.need() <= 0)) {
            bad.add("cover claim");
        }
        if (s.contains("would put P's motivation to use") != v.failure().equals("MALIGN_NEGLECT")) {
            bad.add("neglect claim");
        }
        if (s.contains("would not have been heavy-handed") != v.failure().equals("HEAVY_HANDEDNESS")) {
            bad.add("heavy claim");
        }
        if (s.contains("is moved by soft power") && v.need() > 0) {
            bad.add("moved by soft power while it needs leverage");
        }
        if (s.contains("more than your " + budget) && (int) Math.ceil(v.need() / 0.92 * Math.max(1, budget / 3.0) - 1e-9) <= budget) {
            bad.add("budget claim");
        }
        if (!bad.isEmpty()) {
            bad.add(s);
        }
        return bad;
    }

    @Test
    void theChangeSentenceAgreesWithBothTurnsFigures() {
        qt().withExamples(1500).withFixedSeed(51).forAll(inputs(), inputs()).check((a, b) -> {
            List<String> bad = changeContradictions(a, b);
            if (!bad.isEmpty()) {
                throw new AssertionError(String.join("\n", bad) + "\n" + a + "\n" + b);
            }
            return true;
        });
    }

    @Test
    void aSingleInputsMoveIsNamedAsTheCause() {
        qt().withExamples(1000).withFixedSeed(52).forAll(inputs(), unit()).check((a, t) -> {
            RelationshipInputs b = ReportSentencesTestAccess.withThreat(a, t);
            Judge.Verdict va = JUDGE.judge("L", "P", a, BANDS);
            Judge.Verdict vb = JUDGE.judge("L", "P", b, BANDS);
            String s = ReportSentences.change(a, va.softPower(), va.failure(), b, vb.softPower(), vb.failure(), JUDGE,
                    "L", "P", BANDS);
            boolean moved = Math.abs(vb.softPower() - va.softPower()) >= ReportSentences.UNCHANGED;
            boolean printed = Math.round(t * 100) != Math.round(a.threat() * 100);
            if (moved && printed && !s.contains("because the threat to it " + (t < a.threat() ? "fell" : "rose"))) {
                throw new AssertionError(s);
            }
            return true;
        });
    }

    @Test
    void theGameUnitsSentenceAgreesWithTheVerdict() {
        qt().withExamples(2000).withFixedSeed(53).forAll(inputs(), integers().between(0, 40)).check((in, budget) -> {
            List<String> bad = unitContradictions(in, budget);
            if (!bad.isEmpty()) {
                throw new AssertionError(String.join("\n", bad) + "\n" + in);
            }
            return true;
        });
    }
}
