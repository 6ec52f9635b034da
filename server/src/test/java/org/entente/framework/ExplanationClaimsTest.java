package org.entente.framework;

import static org.entente.framework.Generators.leader;
import static org.entente.framework.Generators.partner;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every template the explanation uses is checked against the figures it was written from: over thousands of
 * random cases, each claim a sentence makes (a band, a failure, "aims broadly shared", "a lost cause knowingly
 * left alone", a number quoted for an input) must agree with the inputs and the judgement.
 */
class ExplanationClaimsTest {

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", Numbers.round2(v));
    }

    /** The claims the explanation of one partner makes that disagree with its figures (empty when all agree). */
    static List<String> contradictions(Leader l, PartnerInputs p, PartnerJudgement j) {
        List<String> bad = new ArrayList<>();
        FailureAssessment fa = j.assessment();
        String all = String.join("\n", j.explanation());
        check(bad, !Pattern.compile("\\ba [aeiouAEIOU]").matcher(all).find(), "'a' before a vowel");
        check(bad, !all.contains("the case gives"), "speaks of 'the case' (a live report has none)");
        check(bad, !all.contains("aims broadly shared") || p.divergence() < 0.3, "aims broadly shared at divergence "
                + f(p.divergence()));
        check(bad, !all.contains("aims partly shared") || (p.divergence() >= 0.3 && p.divergence() < 0.6),
                "aims partly shared at divergence " + f(p.divergence()));
        check(bad, !all.contains("a lost cause knowingly left alone")
                || (j.failure() == Failure.NONE && fa.leverage() < HardPowerNorms.REAL && !fa.covered()
                        && fa.overestimate() < HardPowerNorms.OVERESTIMATE),
                "a lost cause left alone, yet leverage " + f(fa.leverage()));
        check(bad, all.startsWith(Explanation.threatened(p.threat())) || l.revisionist() || SoftPowerModel.motive(l, p) < 0.2
                || l.power() < 0.45 || all.contains(Explanation.threatened(p.threat()) + " by the adversary ("
                        + f(p.threat()) + ")"), "threat words or figure");
        check(bad, all.contains("soft power " + f(j.softPower()) + ":"), "soft power figure");
        check(bad, all.contains("light-handed:") == (j.failure() == Failure.LIGHT_HANDEDNESS), "light-handed claim");
        check(bad, all.contains("malign neglect:") == (j.failure() == Failure.MALIGN_NEGLECT), "neglect claim");
        boolean heavySaid = all.contains(": heavy-handed —") || all.contains("heavy-handed in manner");
        check(bad, heavySaid == (j.failure() == Failure.HEAVY_HANDEDNESS), "heavy-handed claim and failure disagree");
        check(bad, all.contains("no leadership failure") == (j.failure() == Failure.NONE), "no-failure claim");
        check(bad, all.contains("complies voluntarily") == (j.compliance().mode() == ComplianceMode.VOLUNTARY),
                "voluntary claim");
        check(bad, all.contains("its cooperation is induced") == (j.compliance().mode() == ComplianceMode.INDUCED),
                "induced claim");
        check(bad, all.contains("complies under coercion") == (j.compliance().mode() == ComplianceMode.COERCED),
                "coerced claim");
        check(bad, !all.contains(", enough.") || fa.covered(), "'enough' yet not covered");
        check(bad, !all.contains(", short of it.") || !fa.covered(), "'short' yet covered");
        check(bad, !all.contains("no voice opportunities granted") || p.voice() <= 0, "no voice at voice " + f(p.voice()));
        check(bad, !all.contains("little voice granted") || (p.voice() > 0 && p.voice() < 0.25), "little voice");
        check(bad, !all.contains("peacetime affinity") || p.affinity() > 0, "affinity sign");
        check(bad, !all.contains("repulsion (") || p.affinity() < 0, "repulsion sign");
        check(bad, !all.contains("given without conditions") || p.deployed().conditionality() <= 0, "unconditioned");
        check(bad, !all.contains("of which its own motive pays") || j.recommended() == Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING,
                "motive pays part of the cost outside the weakly motivated band");
        check(bad, !all.contains("the leader overestimates its soft power")
                || fa.overestimate() >= HardPowerNorms.OVERESTIMATE - 1e-9, "overestimates");
        check(bad, !all.contains("is not well above its soft power") || fa.overestimate() < HardPowerNorms.OVERESTIMATE,
                "not well above");
        check(bad, !all.contains("not judged, since no estimate") || p.leaderEstimate().isEmpty(), "estimate given");
        Matcher cost = Pattern.compile("would cost it (\\d\\.\\d\\d)").matcher(all);
        check(bad, !cost.find() || cost.group(1).equals(f(p.cost())), "cost figure");
        Matcher lev = Pattern.compile("leverage (\\d\\.\\d\\d)").matcher(all);
        while (lev.find()) {
            check(bad, lev.group(1).equals(f(fa.leverage())), "leverage figure " + lev.group(1));
        }
        return bad;
    }

    private static void check(List<String> bad, boolean ok, String claim) {
        if (!ok) {
            bad.add(claim);
        }
    }

    @Test
    void everySentenceAgreesWithItsFigures() {
        qt().withExamples(6000).withFixedSeed(41).forAll(leader(), partner()).check((l, p) -> {
            PartnerJudgement j = SmartPowerAnalyzer.judge(l, p, Bands.DEFAULT);
            List<String> bad = contradictions(l, p, j);
            if (!bad.isEmpty()) {
                throw new AssertionError(bad + "\n" + l + "\n" + p + "\n" + String.join("\n", j.explanation()));
            }
            return true;
        });
    }

    @Test
    void everySentenceAgreesWithItsFiguresWhenMannerIsHeavy() {
        qt().withExamples(2000).withFixedSeed(42).forAll(leader(), partner(), Generators.unit()).check((l, p, m) -> {
            PartnerJudgement j = SmartPowerAnalyzer.judge(l, p, Bands.DEFAULT, new Manner(m, 1 - m, m / 2));
            List<String> bad = contradictions(l, p, j);
            boolean mannerSaid = j.explanation().stream().anyMatch(s -> s.contains("heavy-handed in manner"));
            if (mannerSaid != j.assessment().heavyByManner() || !bad.isEmpty()) {
                throw new AssertionError(bad + " manner said " + mannerSaid + "\n" + String.join("\n", j.explanation()));
            }
            return true;
        });
    }
}
