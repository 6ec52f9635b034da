package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.report.TurnReport;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * Light-handedness is judged on the leader's own stated assessment (its orders' {@code assessments}), never
 * on the figure its intelligence report gave it; the leader's report says which figure was used and where
 * it came from.
 */
class StatedAssessmentTest {

    private static RelationshipJudgement truth(Game g, String partner) {
        Adjudication a = g.world().adjudications().get(g.world().adjudications().size() - 1);
        return a.relationships().stream().filter(j -> j.leader().equals("USA") && j.partner().equals(partner))
                .findFirst().orElseThrow();
    }

    private static EstimateLine yours(Game g, String partner) {
        TurnReport r = g.world().lastReport("USA").orElseThrow();
        return r.estimates().stream().filter(e -> e.partner().equals(partner) && "yours".equals(e.direction()))
                .findFirst().orElseThrow();
    }

    private static void turn(Game g, Map<String, Double> assessments) {
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(0.5, 0, false, false, Map.of(), List.of(), assessments)));
        g.advanceTo(Phase.REPORTS);
        g.advanceTo(Phase.NEGOTIATION);
    }

    @Test
    void withoutAStatedAssessmentTheIntelligenceFigureIsNotUsed() {
        Game g = Game.of("vietnam-1964", 5);
        g.start();
        turn(g, Map.of());
        turn(g, Map.of());
        RelationshipJudgement gbr = truth(g, "GBR");
        assertNull(gbr.inputs().leaderEstimate(), "the report's figure of turn 1 must not stand in for the leader's");
        assertTrue(!"LIGHT_HANDEDNESS".equals(gbr.failure()));
        assertTrue(yours(g, "GBR").explanation().stream().anyMatch(s -> s.startsWith(
                "You have stated no assessment of your pull on GBR, so light-handedness toward it is not judged")),
                yours(g, "GBR").explanation().toString());
    }

    @Test
    void aStatedAssessmentIsUsedAndStandsUntilRevised() {
        Game g = Game.of("vietnam-1964", 5);
        g.start();
        turn(g, Map.of("GBR", 0.9));
        RelationshipJudgement first = truth(g, "GBR");
        assertEquals(0.9, first.inputs().leaderEstimate());
        assertEquals(1, first.inputs().estimateStatedOn());
        assertEquals("LIGHT_HANDEDNESS", first.failure(), first.explanation().toString());
        assertTrue(yours(g, "GBR").explanation().stream().anyMatch(s -> s.contains(
                "judged on your own assessment of your pull on GBR: 0.90, stated in your orders this turn")));

        turn(g, Map.of());
        RelationshipJudgement second = truth(g, "GBR");
        assertEquals(0.9, second.inputs().leaderEstimate(), "a stated assessment stands until revised");
        assertEquals(1, second.inputs().estimateStatedOn());
        assertTrue(yours(g, "GBR").explanation().stream().anyMatch(s -> s.contains(
                "0.90, stated in your orders on turn 1 and not revised since")));

        turn(g, Map.of("GBR", 0.1));
        RelationshipJudgement third = truth(g, "GBR");
        assertEquals(0.1, third.inputs().leaderEstimate());
        assertEquals(3, third.inputs().estimateStatedOn());
        assertTrue(!"LIGHT_HANDEDNESS".equals(third.failure()), "an accurate assessment is not light-handed");
    }
}
