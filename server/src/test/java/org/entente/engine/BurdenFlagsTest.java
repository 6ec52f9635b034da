package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.BurdenLine;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.OfferMade;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * Burden flags fire on what the essays mean, not on noise: the framework's own recommended aid does not make
 * the leader look suckered, a one-point dip is not free-riding, and a real fall is flagged only once it persists.
 */
class BurdenFlagsTest {

    private static final List<String> PARTNERS = List.of("GBR", "SUN", "CHN", "FRA");

    private static BurdenLine line(Game g, String nation) {
        Adjudication a = g.world().adjudications().get(g.world().adjudications().size() - 1);
        return a.burden().stream().filter(b -> b.nation().equals(nation)).findFirst().orElseThrow();
    }

    private static void turn(Game g, Map<String, Integer> aid, Map<String, Double> forces) {
        Map<String, Integer> deliveries = new TreeMap<>();
        aid.forEach((to, units) -> {
            g.does("USA", new MakeOffer(to, OfferKind.AID, "materiel", units, 0, null, Conditions.NONE, null));
            List<OfferMade> made = g.eventsOf(OfferMade.class);
            String id = made.get(made.size() - 1).offer().id();
            g.does(to, new AnswerOffer(id, true));
            deliveries.put(id, units);
        });
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, deliveries, List.of(), Map.of())));
        for (String n : PARTNERS) {
            g.does(n, new SubmitOrders(new Orders(forces.getOrDefault(n, 0.8), 0, false, false, Map.of(), List.of(),
                    Map.of())));
        }
        g.advanceTo(Phase.REPORTS);
        g.advanceTo(Phase.NEGOTIATION);
    }

    @Test
    void recommendedAidToFightingPartnersDoesNotMakeTheLeaderLookSuckered() {
        Game g = Game.of("grand-alliance-1941", 3);
        g.start();
        for (int t = 0; t < 3; t++) {
            turn(g, Map.of("GBR", 2, "SUN", 2), Map.of());
            BurdenLine usa = line(g, "USA");
            assertEquals("", usa.flag(), "turn " + (t + 1) + ": " + usa);
            for (String p : List.of("GBR", "SUN")) {
                assertEquals("", line(g, p).flag(), "aid received is not a partner's gain: " + line(g, p));
            }
        }
    }

    @Test
    void aDipOfAPointIsNotFreeRiding() {
        Game g = Game.of("grand-alliance-1941", 3);
        g.start();
        turn(g, Map.of(), Map.of("GBR", 0.80));
        turn(g, Map.of(), Map.of("GBR", 0.79, "SUN", 0.9, "CHN", 0.9, "FRA", 0.9));
        turn(g, Map.of(), Map.of("GBR", 0.78, "SUN", 1.0, "CHN", 1.0, "FRA", 1.0));
        assertEquals("", line(g, "GBR").flag(), line(g, "GBR").toString());
    }

    @Test
    void aRealFallWhileOthersRiseIsFlaggedOnlyOnceItPersists() {
        Game g = Game.of("grand-alliance-1941", 3);
        g.start();
        turn(g, Map.of(), Map.of("GBR", 0.8, "SUN", 0.6, "CHN", 0.6, "FRA", 0.6));
        turn(g, Map.of(), Map.of("GBR", 0.4, "SUN", 0.8, "CHN", 0.8, "FRA", 0.8));
        BurdenLine once = line(g, "GBR");
        assertEquals("", once.flag(), "one turn is not a pattern: " + once);
        assertEquals(1, once.turns(), once.toString());
        turn(g, Map.of(), Map.of("GBR", 0.1, "SUN", 1.0, "CHN", 1.0, "FRA", 1.0));
        BurdenLine twice = line(g, "GBR");
        assertEquals("free-riding", twice.flag(), twice.toString());
        assertTrue(g.world().lastReport("GBR").orElseThrow().notes().stream()
                .anyMatch(n -> n.startsWith("The burden table flags you as free-riding, 2 turns running")));
    }

    /**
     * An offshore power leading two coalitions (two-seas-2031's ATL) is booked half its costs in each: its whole
     * burden set against one coalition's members would make it look as if it carried both wars in each.
     */
    @Test
    void aNationInTwoCoalitionsIsBookedAnEqualPartOfItsCostsInEach() {
        Game g = Game.of("two-seas-2031", 3);
        g.start();
        g.advanceTo(Phase.ORDERS);
        for (String n : List.of("ATL", "NRD", "HNS", "SOL", "BAY", "ORA")) {
            g.does(n, new SubmitOrders(new Orders(n.equals("ATL") ? 1.0 : 0.5, 0, false, false, Map.of(), List.of(),
                    Map.of())));
        }
        g.advanceTo(Phase.REPORTS);
        Adjudication a = g.world().adjudications().get(0);
        Map<String, Double> costs = new TreeMap<>();
        a.nations().forEach(n -> costs.put(n.nation(), n.costsTotal()));
        double atl = costs.get("ATL") / 2;
        double expected = atl / (atl + costs.get("NRD") + costs.get("HNS"));
        BurdenLine north = a.burden().stream().filter(b -> b.nation().equals("ATL") && b.coalition().equals("northern-compact"))
                .findFirst().orElseThrow();
        assertEquals(Math.round(expected * 1000) / 1000.0, north.costShare(), 1e-9, north.toString());
        assertTrue(north.costShare() < costs.get("ATL") / (costs.get("ATL") + costs.get("NRD") + costs.get("HNS")));
    }
}
