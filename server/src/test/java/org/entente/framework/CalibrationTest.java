package org.entente.framework;

import static org.entente.framework.Fixtures.deployed;
import static org.entente.framework.Fixtures.judge;
import static org.entente.framework.Fixtures.lion;
import static org.entente.framework.Fixtures.partner;
import static org.entente.framework.Fixtures.s;
import static org.entente.framework.Fixtures.wolf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each calibration rule of the contract (../shared/framework/README.md, "Calibration"), one test each, at
 * the contract's own points. The worked numbers are in docs/framework.md; the property tests check the
 * same rules over thousands of generated inputs.
 */
class CalibrationTest {

    private static double sp(Leader leader, PartnerInputs p) {
        return judge(leader, p).softPower();
    }

    @Test
    void graveThreatAndStrongLeaderGiveAtLeast0_8() {
        assertTrue(s(1, 1) >= 0.8, "S(1,1)=" + s(1, 1));
        assertEquals(0.89, s(1, 1));
    }

    @Test
    void noThreatGivesAboutZeroWhateverThePower() {
        for (double power : new double[] {0, 0.3, 0.5, 0.9, 1}) {
            assertTrue(Math.abs(s(0, power)) <= 0.1, "power " + power);
        }
    }

    @Test
    void noPowerGivesAboutZeroWhateverTheThreat() {
        for (double threat : new double[] {0, 0.3, 0.5, 0.9, 1}) {
            assertTrue(Math.abs(s(threat, 0)) <= 0.1, "threat " + threat);
        }
    }

    @Test
    void halfThreatHalfPowerLiesBetween0_15And0_35() {
        double v = s(0.5, 0.5);
        assertTrue(v >= 0.15 && v <= 0.35, "S(0.5,0.5)=" + v);
    }

    @Test
    void threatOutweighsPower() {
        assertTrue(s(1, 0.3) > s(0.3, 1), s(1, 0.3) + " vs " + s(0.3, 1));
    }

    @Test
    void monotoneInThreatPowerVoiceAffinityAndOpportunity() {
        assertTrue(s(0.3, 0.7) <= s(0.6, 0.7) && s(0.6, 0.7) <= s(0.9, 0.7));
        assertTrue(s(0.7, 0.3) <= s(0.7, 0.6) && s(0.7, 0.6) <= s(0.7, 0.9));
        assertTrue(sp(lion(0.5), partner(0.5, 0, 0.2, 0)) <= sp(lion(0.5), partner(0.5, 0, 0.8, 0)));
        assertTrue(sp(lion(0.5), partner(0.5, -0.5, 0, 0)) <= sp(lion(0.5), partner(0.5, 0.5, 0, 0)));
        assertTrue(sp(wolf(0.8), partner(0, 0, 0, 0).withOpportunity(0.3))
                <= sp(wolf(0.8), partner(0, 0, 0, 0).withOpportunity(0.8)));
    }

    @Test
    void voiceAloneAddsBetween0_05And0_25() {
        double added = sp(lion(0), partner(0, 0, 1, 0)) - sp(lion(0), partner(0, 0, 0, 0));
        assertTrue(added >= 0.05 && added <= 0.25, "voice alone adds " + added);
    }

    @Test
    void affinityIsAboutRepulsionMoreThanAttraction() {
        assertTrue(sp(lion(0), partner(0, 1, 0, 0)) <= 0.35);
        assertTrue(sp(lion(0), partner(0, -1, 0, 0)) <= -0.6);
    }

    @Test
    void nothingMotivatesWithoutThreat() {
        assertTrue(sp(lion(1), partner(0, 1, 1, 0)) < 0.35);
        assertTrue(sp(wolf(1), partner(0, 1, 1, 0)) < 0.35);
    }

    @Test
    void allianceOfConvenienceIsPossible() {
        assertTrue(sp(lion(0.9), partner(1, -0.6, 0, 0)) >= 0.35);
    }

    @Test
    void revisionistHoldsLessThanDefensive() {
        assertTrue(sp(wolf(0.7), partner(0.7, 0, 0, 0)) < sp(lion(0.7), partner(0.7, 0, 0, 0)));
    }

    @Test
    void aJackalNeedsOpportunityAndTheWolfsPower() {
        assertTrue(Math.abs(sp(wolf(0.9), partner(0, 0, 0, 0))) <= 0.1);
        assertTrue(sp(wolf(0.9), partner(0, 0, 0, 0).withOpportunity(0.9)) > 0.1);
        assertTrue(Math.abs(sp(wolf(0), partner(0, 0, 0, 0).withOpportunity(0.9))) <= 0.1);
    }

    @Test
    void softPowerIsBounded() {
        double top = sp(lion(1), partner(1, 1, 1, 0));
        double bottom = sp(lion(0), partner(0, -1, 0, 0));
        assertTrue(top <= 1 && top >= -1 && bottom >= -1 && bottom <= 1);
    }

    @Test
    void heavyHandednessIsJudgedTowardTheIndifferent() {
        PartnerJudgement j = judge(lion(0.9), partner(0, 0, 0, 0).withDeployed(deployed(0.9, 0, 0, 0)));
        assertEquals(Strategy.SIDE_PAYMENT_BRIBERY, j.recommended());
        assertEquals(Failure.HEAVY_HANDEDNESS, j.failure());
    }

    @Test
    void overestimationAloneIsNotLightHandedness() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, 0, 0, 0).withLeaderEstimate(0.5)
                .withDeployed(deployed(0, 0.8, 0, 0)));
        assertNotEquals(Failure.LIGHT_HANDEDNESS, j.failure());
    }

    @Test
    void voluntaryComplianceIsIntense() {
        Compliance c = judge(lion(0.9), partner(1, 0, 0, 0).withDeployed(deployed(0, 0, 0.5, 0))).compliance();
        assertEquals(ComplianceMode.VOLUNTARY, c.mode());
        assertTrue(c.intensity() >= 0.7, "intensity " + c.intensity());
    }

    @Test
    void coercedComplianceIsLax() {
        Compliance c = judge(lion(0.95), partner(0.1, -0.9, 0, 0).withDeployed(deployed(0.9, 0, 0, 0)))
                .compliance();
        assertEquals(ComplianceMode.COERCED, c.mode());
        assertTrue(c.intensity() <= 0.4, "intensity " + c.intensity());
    }

    @Test
    void nothingMovesTheIndifferent() {
        Compliance c = judge(lion(0.5), partner(0, 0, 0, 0)).compliance();
        assertEquals(ComplianceMode.NONE, c.mode());
        assertTrue(c.intensity() <= 0.1);
    }

    @Test
    void everyPartnerIsExplained() {
        PartnerJudgement j = judge(lion(0.5), partner(0.5, 0, 0, 0));
        assertFalse(j.explanation().isEmpty());
        j.explanation().forEach(s -> assertFalse(s.isBlank()));
    }

    @Test
    void explanationNamesTheDrivingInputs() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, 0, 0, 0));
        assertTrue(j.explanation().get(0).startsWith("little threatened by the adversary (0.05) — a leader's power"
                + " (0.90) attracts no one who is not afraid"), j.explanation().get(0));
    }

    // The band edges and the conditional rule, as the contract states them.

    @Test
    void bandEdgesChooseTheStrategy() {
        Bands b = Bands.DEFAULT;
        assertEquals(Strategy.COERCIVE_ENTICEMENT, StrategyRecommender.recommend(-0.4, 0, 0, b));
        assertEquals(Strategy.COERCION_AND_BRIBERY, StrategyRecommender.recommend(-0.39, 0, 0, b));
        assertEquals(Strategy.COERCION_AND_BRIBERY, StrategyRecommender.recommend(-0.11, 0, 0, b));
        assertEquals(Strategy.SIDE_PAYMENT_BRIBERY, StrategyRecommender.recommend(-0.1, 0, 0, b));
        assertEquals(Strategy.SIDE_PAYMENT_BRIBERY, StrategyRecommender.recommend(0.1, 0, 0, b));
        assertEquals(Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.11, 0, 0, b));
        assertEquals(Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.34, 0, 0, b));
        assertEquals(Strategy.UNCONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.35, 1, 0, b));
    }

    @Test
    void bolsteringTurnsConditionalAtDivergencePlusRecededThreatOf0_9() {
        Bands b = Bands.DEFAULT;
        assertEquals(Strategy.CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.5, 0.55, 0.45, b));
        assertEquals(Strategy.UNCONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.5, 0.56, 0.45, b));
        assertEquals(Strategy.CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.9, 1.0, 0.9, b));
    }

    @Test
    void bandsOverrideMovesTheEdges() {
        Bands b = new Bands(-0.5, -0.2, 0.2, 0.5, 0.5);
        assertEquals(Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.4, 1, 0, b));
        assertEquals(Strategy.CONDITIONAL_BOLSTERING, StrategyRecommender.recommend(0.6, 0.6, 0.1, b));
    }
}
