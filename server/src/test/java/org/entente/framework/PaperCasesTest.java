package org.entente.framework;

import static org.entente.framework.Fixtures.deployed;
import static org.entente.framework.Fixtures.judge;
import static org.entente.framework.Fixtures.lion;
import static org.entente.framework.Fixtures.partner;
import static org.entente.framework.Fixtures.wolf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every case the seed paper describes (Resnick, "I Will Follow", 2015), written down as inputs and the
 * judgement the paper's reasoning gives, one test per case, before the formula was fixed. The published
 * five are in {@link PublishedCasesTest}; these are the others.
 */
class PaperCasesTest {

    private static void expect(PartnerJudgement j, Strategy recommended, Failure failure) {
        String why = "S=" + j.softPower() + "\n" + String.join("\n", j.explanation());
        assertEquals(recommended, j.recommended(), why);
        assertEquals(failure, j.failure(), why);
    }

    /** "A pact with the devil": immense shared threat, strong leader, bitter ideological enemy. */
    @Test
    void grandAlliance1941Ussr() {
        PartnerJudgement j = judge(lion(0.85),
                partner(1.0, -0.8, 0.3, 0.4).withDeployed(deployed(0, 0, 0.7, 0)));
        expect(j, Strategy.UNCONDITIONAL_BOLSTERING, Failure.NONE);
        assertEquals(ComplianceMode.VOLUNTARY, j.compliance().mode());
        assertTrue(j.explanation().stream().anyMatch(s -> s.contains("alliance of convenience")));
    }

    /** The same bitter enemy without the immense threat is not attracted at all. */
    @Test
    void ussrWithoutTheGermanThreat() {
        PartnerJudgement j = judge(lion(0.85), partner(0.1, -0.8, 0.3, 0.4));
        assertTrue(j.softPower() < 0, "S=" + j.softPower());
    }

    /** Late 1944: the threat has receded and war aims diverge (Argentina, civil aviation): conditions. */
    @Test
    void lendLease1944Britain() {
        PartnerJudgement j = judge(lion(0.95),
                partner(0.45, 0.5, 0.8, 0.5).withDeployed(deployed(0, 0, 0.8, 0.5)));
        expect(j, Strategy.CONDITIONAL_BOLSTERING, Failure.NONE);
    }

    /** Late 1944 toward the USSR: Germany still fighting, suspicion of Soviet aims, prudent conditions. */
    @Test
    void lendLease1944Ussr() {
        PartnerJudgement j = judge(lion(0.95),
                partner(0.6, -0.5, 0.4, 0.7).withDeployed(deployed(0, 0, 0.8, 0.5)));
        expect(j, Strategy.CONDITIONAL_BOLSTERING, Failure.NONE);
    }

    /** 11 May 1945: ships recalled, aid only on "reasonably accurate information", threats over retransfers. */
    @Test
    void lendLease1945UssrCutOff() {
        PartnerJudgement j = judge(lion(0.95),
                partner(0.35, -0.5, 0.3, 0.8).withDeployed(deployed(0.5, 0, 0.3, 1.0)));
        assertEquals(Failure.HEAVY_HANDEDNESS, j.failure(), String.join("\n", j.explanation()));
        assertTrue(j.softPower() > 0.1, "still attracted: S=" + j.softPower());
    }

    /** May-August 1945: aid repossessed, restricted to the war on Japan, then cut off "rough and harsh". */
    @Test
    void lendLease1945BritainCutOff() {
        PartnerJudgement j = judge(lion(0.95),
                partner(0.3, 0.5, 0.8, 0.5).withDeployed(deployed(0, 0, 0.2, 1.0)));
        assertEquals(Failure.HEAVY_HANDEDNESS, j.failure(), String.join("\n", j.explanation()));
        assertTrue(j.explanation().stream().anyMatch(s -> s.startsWith("conditions at 1.00 where soft power of")));
    }

    /** The same cut-off to a partner also denied voice: heavy-handedness is reported, neglect explained. */
    @Test
    void lendLease1945CutOffWithoutVoicePrefersHeavyHandedness() {
        PartnerJudgement j = judge(lion(0.95),
                partner(0.6, 0.3, 0.1, 0.6).withDeployed(deployed(0, 0, 0.1, 1.0)));
        assertEquals(Failure.HEAVY_HANDEDNESS, j.failure());
        assertTrue(j.explanation().stream().anyMatch(s -> s.startsWith("malign neglect would also apply")));
    }

    /** Turkey, March 2003: Iraq a minor threat, public opposed; $6bn and a bridge loan, rejected. */
    @Test
    void iraq2003Turkey() {
        PartnerJudgement j = judge(lion(0.9), partner(0.1, -0.3, 0.1, 0.7)
                .withLeaderEstimate(0.3).withDeployed(deployed(0, 0.8, 0, 0.6)));
        expect(j, Strategy.SIDE_PAYMENT_BRIBERY, Failure.NONE);
    }

    /** Turkey drawn with a colder public: still bribery, not coercion. */
    @Test
    void iraq2003TurkeyColder() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, -0.45, 0.1, 0.7).withDeployed(deployed(0, 0.8, 0, 0.6)));
        expect(j, Strategy.SIDE_PAYMENT_BRIBERY, Failure.NONE);
    }

    /** Mongolia, 2003: a presidential visit and a free-trade treaty for its accession. */
    @Test
    void iraq2003Mongolia() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, 0.2, 0.1, 0.3).withDeployed(deployed(0, 0.5, 0, 0.8)));
        expect(j, Strategy.SIDE_PAYMENT_BRIBERY, Failure.NONE);
        assertEquals(ComplianceMode.INDUCED, j.compliance().mode());
    }

    /** Britain 1964-66: moral suasion, sterling support never made conditional on a brigade. */
    @Test
    void vietnam1965Britain() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, 0.6, 0.3, 0.5)
                .withLeaderEstimate(0.6).withDeployed(deployed(0, 0.3, 0, 0)));
        expect(j, Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, Failure.LIGHT_HANDEDNESS);
        assertEquals(ComplianceMode.NONE, j.compliance().mode());
    }

    /** Britain, had Bundy's advice been taken: sterling support conditioned on a brigade. */
    @Test
    void vietnam1965BritainWithBundysCondition() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, 0.6, 0.3, 0.5)
                .withLeaderEstimate(0.6).withDeployed(deployed(0, 0.5, 0, 0.8)));
        expect(j, Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, Failure.NONE);
    }

    /** Pakistan 1964: "ignoring its alliance obligations", no adequate side-payment offered. */
    @Test
    void vietnam1964Pakistan() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, -0.2, 0.1, 0.6)
                .withLeaderEstimate(0.4).withDeployed(deployed(0, 0.1, 0, 0)));
        expect(j, Strategy.SIDE_PAYMENT_BRIBERY, Failure.LIGHT_HANDEDNESS);
    }

    /** France under De Gaulle: a lost cause, left alone, no estimate given. */
    @Test
    void vietnam1964FranceLostCause() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, -0.7, 0, 0.9));
        assertEquals(Failure.NONE, j.failure());
        assertTrue(j.softPower() < -0.1, "repulsed: S=" + j.softPower());
        assertEquals(ComplianceMode.NONE, j.compliance().mode());
    }

    /** France again, the White House judging it accurately as the lost cause it was. */
    @Test
    void vietnam1964FranceLostCauseAccuratelyEstimated() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, -0.7, 0, 0.9).withLeaderEstimate(-0.3));
        assertNotEquals(Failure.LIGHT_HANDEDNESS, j.failure());
        assertEquals(Failure.NONE, j.failure());
    }

    /** Italy 1940: a jackal, eager for the spoils of a strong wolf's war. */
    @Test
    void axis1940ItalyJackal() {
        PartnerInputs italy = partner(0.1, 0.3, 0.1, 0.5).withOpportunity(0.8);
        PartnerJudgement asJackal = judge(wolf(0.9), italy);
        assertTrue(asJackal.softPower() >= 0.35, "motivated jackal: S=" + asJackal.softPower());
        assertTrue(asJackal.softPower() < judge(lion(0.9), italy.withThreat(0.8)).softPower(),
                "a lion with the same numbers attracts more");
    }

    /** A jackal needs both: paltry gains from a strong wolf, or great gains from a weak one, attract little. */
    @Test
    void jackalNeedsOpportunityAndAStrongWolf() {
        assertTrue(judge(wolf(0.9), partner(0, 0, 0, 0).withOpportunity(0.1)).softPower() <= 0.1);
        assertTrue(judge(wolf(0.1), partner(0, 0, 0, 0).withOpportunity(0.9)).softPower() <= 0.1);
        assertTrue(judge(wolf(0.9), partner(0, 0, 0, 0).withOpportunity(0.9)).softPower() > 0.1);
    }

    /** Iraq and Afghanistan after the regimes fell: insurgents threaten the allies little. */
    @Test
    void counterinsurgencyAllies() {
        PartnerJudgement j = judge(lion(0.95), partner(0.1, 0.5, 0.3, 0.4).withDeployed(deployed(0, 0.5, 0.4, 0.5)));
        expect(j, Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, Failure.NONE);
        assertEquals(ComplianceMode.INDUCED, j.compliance().mode());
    }

    /** Offshore balancing: a partner left to face its regional rival feels more threat, so needs less hard power. */
    @Test
    void offshoreBalancingRaisesSoftPower() {
        PartnerInputs underPrimacy = partner(0.2, 0.4, 0.3, 0.3);
        PartnerInputs offshore = underPrimacy.withThreat(0.7);
        PartnerJudgement a = judge(lion(0.9), underPrimacy);
        PartnerJudgement b = judge(lion(0.9), offshore);
        assertTrue(b.softPower() > a.softPower());
        assertTrue(b.recommended().coerciveness() < a.recommended().coerciveness());
    }

    /** Soft power drains as victory nears: unconditional, then conditional, then bribes are needed. */
    @Test
    void softPowerDrainsAsTheThreatRecedes() {
        PartnerInputs gbr = partner(0.95, 0.5, 0.8, 0.45);
        assertEquals(Strategy.UNCONDITIONAL_BOLSTERING, judge(lion(0.95), gbr).recommended());
        assertEquals(Strategy.CONDITIONAL_BOLSTERING, judge(lion(0.95), gbr.withThreat(0.5)).recommended());
        assertEquals(Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING,
                judge(lion(0.95), gbr.withThreat(0.1)).recommended());
    }

    /** The leader that does not notice the drain slides into light-handedness. */
    @Test
    void unnoticedDrainBecomesLightHandedness() {
        PartnerInputs late = partner(0.1, 0.3, 0.3, 0.3).withLeaderEstimate(0.8)
                .withDeployed(deployed(0, 0, 0.3, 0));
        expect(judge(lion(0.95), late), Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, Failure.LIGHT_HANDEDNESS);
    }

    /** Pakistan in September 2001, coerced: it complies laxly. */
    @Test
    void afghanistan2001PakistanCoercedCompliesLaxly() {
        PartnerJudgement j = judge(lion(0.95), partner(0.1, -0.9, 0, 0.9).withDeployed(deployed(0.9, 0, 0, 0)));
        assertEquals(ComplianceMode.COERCED, j.compliance().mode());
        assertTrue(j.compliance().intensity() <= 0.4);
    }

    /** Gulf War 1991 Arab partners (Saudi Arabia): gravely threatened by Iraq, strong leader. */
    @Test
    void gulfWar1991SaudiArabia() {
        PartnerJudgement j = judge(lion(0.95), partner(0.9, 0.2, 0.6, 0.3).withDeployed(deployed(0, 0, 0.6, 0.1)));
        expect(j, Strategy.UNCONDITIONAL_BOLSTERING, Failure.NONE);
    }
}
