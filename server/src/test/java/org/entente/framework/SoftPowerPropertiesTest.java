package org.entente.framework;

import static org.entente.framework.Generators.leader;
import static org.entente.framework.Generators.partner;
import static org.entente.framework.Generators.unit;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The calibration rules over thousands of generated inputs (QuickTheories; shrinks to a minimal
 * counter-example on failure). Fixed seeds keep the build reproducible.
 */
class SoftPowerPropertiesTest {

    private static final int EXAMPLES = 4000;

    private static QuickTheory theory(long seed) {
        return qt().withExamples(EXAMPLES).withFixedSeed(seed);
    }

    private static double s(Leader l, PartnerInputs p) {
        return SmartPowerAnalyzer.judge(l, p, Bands.DEFAULT).softPower();
    }

    private static Leader withPower(Leader l, double power) {
        return new Leader(l.nation(), power, l.posture());
    }

    @Test
    void softPowerIsBoundedAndRoundedToTwoDecimals() {
        theory(1).forAll(leader(), partner()).check((l, p) -> {
            double v = s(l, p);
            return v >= -1 && v <= 1 && Math.abs(v * 100 - Math.rint(v * 100)) < 1e-9;
        });
    }

    @Test
    void monotoneInThreat() {
        theory(2).forAll(leader(), partner(), unit()).check((l, p, d) ->
                s(l, p.withThreat(Math.min(1, p.threat() + d))) >= s(l, p));
    }

    @Test
    void monotoneInOpportunity() {
        theory(3).forAll(leader(), partner(), unit()).check((l, p, d) ->
                s(l, p.withOpportunity(Math.min(1, p.opportunity() + d))) >= s(l, p));
    }

    @Test
    void monotoneInPower() {
        theory(4).forAll(leader(), partner(), unit()).check((l, p, d) ->
                s(withPower(l, Math.min(1, l.power() + d)), p) >= s(l, p));
    }

    @Test
    void monotoneInVoice() {
        theory(5).forAll(leader(), partner(), unit()).check((l, p, d) ->
                s(l, p.withVoice(Math.min(1, p.voice() + d))) >= s(l, p));
    }

    @Test
    void monotoneInAffinity() {
        theory(6).forAll(leader(), partner(), unit()).check((l, p, d) ->
                s(l, p.withAffinity(Math.min(1, p.affinity() + d))) >= s(l, p));
    }

    @Test
    void divergenceAndDeployedHardPowerDoNotMoveSoftPower() {
        theory(7).forAll(leader(), partner(), partner()).check((l, p, q) ->
                s(l, p) == s(l, p.withDivergence(q.divergence()).withDeployed(q.deployed())));
    }

    @Test
    void voiceIsASupplementNeverASubstitute() {
        theory(8).forAll(leader(), partner()).check((l, p) -> {
            double added = s(l, p.withVoice(1)) - s(l, p.withVoice(0));
            return added >= 0 && added <= 0.25;
        });
    }

    @Test
    void voiceAloneAddsAtLeast0_05WhereNothingElseAttracts() {
        theory(9).forAll(Generators.posture()).check(posture -> {
            Leader none = new Leader("L", 0, posture);
            double added = s(none, PartnerInputs.named("P").withVoice(1)) - s(none, PartnerInputs.named("P"));
            return added >= 0.05 && added <= 0.25;
        });
    }

    @Test
    void nothingMotivatesWithoutThreatOrOpportunity() {
        theory(10).forAll(leader(), partner()).check((l, p) ->
                s(l, p.withThreat(0).withOpportunity(0)) < Bands.DEFAULT.motivated());
    }

    /** Apart from the war's threat (the peacetime bases alone), repulsion weighs at least as much as attraction. */
    @Test
    void repulsionWeighsMoreThanAttraction() {
        theory(11).forAll(leader(), partner(), unit()).check((l, p, a) -> {
            Leader lion = new Leader("L", l.power(), Posture.DEFENSIVE);
            PartnerInputs calm = p.withThreat(0).withOpportunity(0);
            double neutral = s(lion, calm.withAffinity(0));
            return neutral - s(lion, calm.withAffinity(-a)) >= s(lion, calm.withAffinity(a)) - neutral - 0.011;
        });
    }

    @Test
    void attractionAloneStaysWeakAndRepulsionAloneGoesDeep() {
        theory(12).forAll(unit()).check(a -> {
            Leader none = new Leader("L", 0, Posture.DEFENSIVE);
            return s(none, PartnerInputs.named("P").withAffinity(a)) <= 0.35
                    && s(none, PartnerInputs.named("P").withAffinity(-1)) <= -0.6;
        });
    }

    @Test
    void aWolfHoldsStrictlyLessWhereALionHoldsAny() {
        theory(13).forAll(unit(), partner()).check((power, p) -> {
            double lion = s(new Leader("L", power, Posture.DEFENSIVE), p.withOpportunity(0));
            double wolf = s(new Leader("L", power, Posture.REVISIONIST), p.withOpportunity(0));
            return lion > 0 ? wolf < lion : wolf <= lion;
        });
    }

    /** Paltry gains or a feeble wolf: with either at most 0.05 the jackal stays indifferent, at most 0.1 nearly so. */
    @Test
    void aJackalNeedsBothOpportunityAndAStrongWolf() {
        theory(14).forAll(unit(), unit()).check((opportunity, power) -> {
            Leader wolf = new Leader("L", power, Posture.REVISIONIST);
            double v = s(wolf, PartnerInputs.named("P").withOpportunity(opportunity));
            double lesser = Math.min(opportunity, power);
            return (lesser > 0.05 || v <= 0.1) && (lesser > 0.1 || v < 0.15);
        });
    }

    @Test
    void threatOutweighsPower() {
        theory(15).forAll(unit(), unit()).check((hi, lo) -> {
            double a = Math.max(hi, lo);
            double b = Math.min(hi, lo);
            Leader strong = new Leader("L", a, Posture.DEFENSIVE);
            Leader weak = new Leader("L", b, Posture.DEFENSIVE);
            return s(weak, PartnerInputs.named("P").withThreat(a)) >= s(strong, PartnerInputs.named("P").withThreat(b));
        });
    }

    @Test
    void theMaterialSourcesNeedBoth() {
        theory(16).forAll(unit()).check(v -> {
            Leader l = new Leader("L", v, Posture.DEFENSIVE);
            Leader none = new Leader("L", 0, Posture.DEFENSIVE);
            return Math.abs(s(l, PartnerInputs.named("P"))) <= 0.1
                    && Math.abs(s(none, PartnerInputs.named("P").withThreat(v))) <= 0.1;
        });
    }
}
