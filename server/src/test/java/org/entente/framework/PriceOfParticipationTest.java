package org.entente.framework;

import static org.entente.framework.Fixtures.deployed;
import static org.entente.framework.Fixtures.judge;
import static org.entente.framework.Fixtures.lion;
import static org.entente.framework.Fixtures.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The paper's cases of what a bribe buys, with the partner's cost of doing what is asked: an inducement
 * buys cooperation only when it offsets that cost, and only the contribution it is conditioned on.
 * The figures are those docs/framework.md works through.
 */
class PriceOfParticipationTest {

    private static String why(PartnerJudgement j) {
        return "S=" + j.softPower() + "\n" + String.join("\n", j.explanation());
    }

    /** Turkey, 1 March 2003: $6bn and a bridge loan against a recession, the Kurds and a public opposed 83-13. */
    @Test
    void turkey2003TheLavishBribeFallsShortOfTheCost() {
        PartnerJudgement j = judge(lion(0.9), partner(0.1, -0.3, 0.1, 0.7).withCost(0.85)
                .withDeployed(deployed(0, 0.8, 0, 0.6)));
        assertEquals(Strategy.SIDE_PAYMENT_BRIBERY, j.recommended(), why(j));
        assertEquals(ComplianceMode.NONE, j.compliance().mode(), why(j));
        assertTrue(j.explanation().stream().anyMatch(s -> s.contains("would cost it 0.85")), why(j));
    }

    /** Turkey days later: airspace, supplies, staying out of northern Iraq, for $1bn conditioned on them. */
    @Test
    void turkey2003TheScaledDownAskIsBoughtForLess() {
        PartnerJudgement j = judge(lion(0.9), partner(0.1, -0.3, 0.1, 0.7).withCost(0.12)
                .withDeployed(deployed(0, 0.15, 0, 0.9)));
        assertEquals(ComplianceMode.INDUCED, j.compliance().mode(), why(j));
        assertEquals(Failure.NONE, j.failure(), why(j));
    }

    /** Mongolia: a presidential visit and a free-trade negotiation buy a partner whose cost is small. */
    @Test
    void mongolia2003ACheapInducementBuysACheapPartner() {
        PartnerJudgement j = judge(lion(0.9), partner(0.05, 0.2, 0.1, 0.3).withCost(0.1)
                .withDeployed(deployed(0, 0.15, 0, 0.8)));
        assertEquals(ComplianceMode.INDUCED, j.compliance().mode(), why(j));
        PartnerJudgement turkeyPrice = judge(lion(0.9), partner(0.05, 0.2, 0.1, 0.3).withCost(0.85)
                .withDeployed(deployed(0, 0.15, 0, 0.8)));
        assertEquals(ComplianceMode.NONE, turkeyPrice.compliance().mode(), "the same bribe at Turkey's price");
    }

    /** Johnson's sterling support, given regardless: goodwill, no brigade. */
    @Test
    void vietnam1965SterlingSupportUnconditionedBuysNoBrigade() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, 0.6, 0.3, 0.5).withCost(0.35)
                .withDeployed(deployed(0, 0.6, 0, 0)));
        assertEquals(ComplianceMode.NONE, j.compliance().mode(), why(j));
        assertTrue(j.explanation().stream().anyMatch(s -> s.contains("buys goodwill, not the contribution")), why(j));
    }

    /** Bundy's alternative: the same support conditioned on the brigade buys it. */
    @Test
    void vietnam1965SterlingSupportConditionedOnTheBrigadeBuysIt() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, 0.6, 0.3, 0.5).withCost(0.35)
                .withDeployed(deployed(0, 0.6, 0, 0.9)));
        assertEquals(ComplianceMode.INDUCED, j.compliance().mode(), why(j));
    }

    /** Johnson believed in British solidarity (estimate 0.6): unconditioned support is then light-handed. */
    @Test
    void vietnam1965UnconditionedSupportWithAnOverestimateIsLightHanded() {
        PartnerJudgement j = judge(lion(0.9), partner(0.15, 0.6, 0.3, 0.5).withCost(0.35).withLeaderEstimate(0.6)
                .withDeployed(deployed(0, 0.6, 0, 0)));
        assertEquals(Failure.LIGHT_HANDEDNESS, j.failure(), why(j));
    }

    /** A weakly motivated partner's own motive pays part of its cost; an indifferent one pays none. */
    @Test
    void aWeaklyMotivatedPartnerNeedsLessThanItsWholeCost() {
        PartnerJudgement weak = judge(lion(0.9), partner(0.4, 0.3, 0.3, 0.3).withCost(0.5)
                .withDeployed(deployed(0, 0.45, 0, 0.8)));
        assertEquals(Strategy.BRIBERY_AND_CONDITIONAL_BOLSTERING, weak.recommended(), why(weak));
        assertEquals(ComplianceMode.INDUCED, weak.compliance().mode(), why(weak));
        PartnerJudgement indifferent = judge(lion(0.9), partner(0.05, 0, 0, 0.3).withCost(0.5)
                .withDeployed(deployed(0, 0.45, 0, 0.8)));
        assertEquals(ComplianceMode.NONE, indifferent.compliance().mode(), why(indifferent));
    }

    /** Toward a motivated partner cost changes nothing: soft power moves it, and stringent conditions still disaffect. */
    @Test
    void costChangesNothingTowardAMotivatedPartner() {
        PartnerInputs gbr = partner(0.95, 0.5, 0.9, 0.15).withDeployed(deployed(0, 0, 0.85, 0.05));
        PartnerJudgement cheap = judge(lion(0.85), gbr);
        PartnerJudgement dear = judge(lion(0.85), gbr.withCost(0.9));
        assertEquals(cheap.compliance(), dear.compliance());
        assertEquals(cheap.failure(), dear.failure());
        assertNotEquals(Failure.LIGHT_HANDEDNESS, dear.failure());
    }

    /** More leverage beyond the need, more intense compliance — never up to voluntary compliance. */
    @Test
    void inducedIntensityGrowsWithLeverageButStaysBelowVoluntary() {
        PartnerInputs p = partner(0.05, 0, 0, 0.3).withCost(0.1);
        double low = judge(lion(0.9), p.withDeployed(deployed(0, 0.3, 0, 0.8))).compliance().intensity();
        double high = judge(lion(0.9), p.withDeployed(deployed(0, 0.9, 0, 0.8))).compliance().intensity();
        assertTrue(high > low, low + " vs " + high);
        assertTrue(high < judge(lion(0.9), partner(0.55, 0, 0, 0.3)).compliance().intensity());
    }
}
