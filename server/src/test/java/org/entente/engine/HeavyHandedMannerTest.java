package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.OfferMade;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * Heavy-handedness counts manner, the paper's 1945 cases: aid cut sharply from one turn to the next, a pledge
 * broken, conditions imposed without consultation — each judged through play.
 */
class HeavyHandedMannerTest {

    private static RelationshipJudgement gbr(Game g) {
        Adjudication a = g.world().adjudications().get(g.world().adjudications().size() - 1);
        return a.relationships().stream().filter(j -> j.partner().equals("GBR")).findFirst().orElseThrow();
    }

    private static String offer(Game g, int units, Conditions conditions) {
        g.does("USA", new MakeOffer("GBR", OfferKind.AID, "materiel", units, 0, null, conditions, null));
        List<OfferMade> made = g.eventsOf(OfferMade.class);
        String id = made.get(made.size() - 1).offer().id();
        g.does("GBR", new AnswerOffer(id, true));
        return id;
    }

    /** One turn: the offers made, then the orders delivering {@code deliver} units on each. */
    private static void turn(Game g, int units, int deliver, Conditions conditions) {
        Map<String, Integer> deliveries = new TreeMap<>();
        if (units > 0) {
            deliveries.put(offer(g, units, conditions), deliver);
        }
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, deliveries, List.of(), Map.of())));
        g.does("GBR", new SubmitOrders(new Orders(0.8, 0, false, false, Map.of(), List.of(), Map.of())));
        g.advanceTo(Phase.REPORTS);
        g.advanceTo(Phase.NEGOTIATION);
    }

    @Test
    void aidCutOffAtOnceIsHeavyHandedTaperingIsNot() {
        Game abrupt = Game.of("grand-alliance-1941", 7);
        abrupt.start();
        turn(abrupt, 5, 5, Conditions.NONE);
        assertEquals("NONE", gbr(abrupt).failure(), gbr(abrupt).explanation().toString());
        turn(abrupt, 0, 0, Conditions.NONE);
        RelationshipJudgement cut = gbr(abrupt);
        assertEquals(1.0, cut.inputs().abruptness());
        assertEquals("HEAVY_HANDEDNESS", cut.failure(), cut.explanation().toString());
        assertTrue(cut.explanation().stream().anyMatch(s -> s.startsWith("war-effort aid cut by 1.00")));

        Game tapered = Game.of("grand-alliance-1941", 7);
        tapered.start();
        turn(tapered, 5, 5, Conditions.NONE);
        turn(tapered, 3, 3, Conditions.NONE);
        assertNotEquals("HEAVY_HANDEDNESS", gbr(tapered).failure(), gbr(tapered).explanation().toString());
    }

    @Test
    void aPledgeBrokenIsHeavyHanded() {
        Game g = Game.of("grand-alliance-1941", 7);
        g.start();
        turn(g, 5, 1, Conditions.NONE);
        RelationshipJudgement j = gbr(g);
        assertEquals(0.8, j.inputs().pledgeBroken(), j.inputs().toString());
        assertEquals("HEAVY_HANDEDNESS", j.failure(), j.explanation().toString());
        assertTrue(j.explanation().stream().anyMatch(s -> s.startsWith("a pledge broken")));
    }

    @Test
    void conditionsImposedWithoutConsultationArePeremptory() {
        Game g = Game.of("grand-alliance-1941", 7);
        g.start();
        if (g.world().seated("GBR")) {
            g.does("USA", new SetSeat("GBR", false));
        }
        turn(g, 5, 5, new Conditions("restricted to the war on Japan", 0.6, null));
        RelationshipJudgement j = gbr(g);
        assertEquals(0.6, j.inputs().peremptory(), j.inputs().toString());
        assertEquals("HEAVY_HANDEDNESS", j.failure(), j.explanation().toString());
        assertTrue(j.explanation().stream().anyMatch(s -> s.startsWith("conditions at 0.60 imposed without consulting")));
    }

    @Test
    void theSameConditionsAfterConsultationAreNotPeremptory() {
        Game g = Game.of("grand-alliance-1941", 7);
        g.start();
        assertTrue(g.world().seated("GBR"), "Britain sits on the council: it has voice");
        turn(g, 5, 5, new Conditions("restricted to the war on Japan", 0.6, null));
        assertEquals(0.0, gbr(g).inputs().peremptory());
    }
}
