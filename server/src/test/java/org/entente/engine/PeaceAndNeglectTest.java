package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.CoalitionOutcome;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.OfferMade;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * Neglect costs more the longer it lasts and wastes the partners' forces; the game does not end at
 * victory but plays the peace, in which the threat recedes.
 */
class PeaceAndNeglectTest {
    private static final List<String> PARTNERS = List.of("GBR", "SUN", "CHN", "FRA");

    private static Orders orders(double forces, Map<String, Integer> deliveries) {
        return new Orders(forces, 0, false, false, deliveries, List.of(), Map.of());
    }

    /** Everyone fights at the given forces; the leader aids whom it chooses. Ends in the reports phase. */
    private static void turn(Game g, Map<String, Integer> aid, double partnerForces) {
        Map<String, Integer> deliveries = new java.util.TreeMap<>();
        aid.forEach((to, units) -> {
            g.does("USA", new MakeOffer(to, OfferKind.AID, "materiel", units, 0, null, Conditions.NONE, null));
            List<OfferMade> made = g.eventsOf(OfferMade.class);
            String id = made.get(made.size() - 1).offer().id();
            g.does(to, new AnswerOffer(id, true));
            deliveries.put(id, units);
        });
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(1.0, deliveries)));
        for (String n : PARTNERS) {
            g.does(n, new SubmitOrders(orders(partnerForces, Map.of())));
        }
        g.advanceTo(Phase.REPORTS);
    }

    private static CoalitionOutcome war(Game g) {
        List<Adjudication> all = g.world().adjudications();
        return all.get(all.size() - 1).coalitions().get(0);
    }

    /** The sum of every component of a nation's threat from every adversary. */
    private static double threat(Game g, String nation) {
        double sum = 0;
        for (String a : List.of("germany", "japan")) {
            var t = g.world().nation(nation).threatFrom(a);
            sum += t.power() + t.proximity() + t.offensive() + t.intentions();
        }
        return sum;
    }

    @Test
    void eachTurnOfNeglectSoursAPartnerMoreThanTheLast() {
        Game g = Game.of("grand-alliance-1941", 31);
        g.start();
        List<Double> affinity = new ArrayList<>();
        affinity.add(g.world().nation("CHN").affinityToward("USA"));
        for (int t = 0; t < 3; t++) {
            turn(g, Map.of(), 0.8);
            affinity.add(g.world().nation("CHN").affinityToward("USA"));
            g.advanceTo(Phase.NEGOTIATION);
        }
        double first = affinity.get(0) - affinity.get(1);
        double third = affinity.get(2) - affinity.get(3);
        assertTrue(first > 0.03, "neglect costs from the first turn: " + affinity);
        assertTrue(third > first + 0.05, "and costs more each turn it goes on: " + affinity);
    }

    @Test
    void partnersNeitherAidedNorConsultedFightBesideTheWarNotInIt() {
        Game neglected = Game.of("grand-alliance-1941", 32);
        neglected.start();
        turn(neglected, Map.of(), 0.8);
        Game integrated = Game.of("grand-alliance-1941", 32);
        integrated.start();
        for (String p : List.of("GBR", "CHN", "FRA")) {
            if (!integrated.world().seated(p)) {
                integrated.does("USA", new SetSeat(p, true));
            }
        }
        turn(integrated, Map.of("SUN", 2), 0.8);
        assertTrue(integrated.world().adjudications().get(0).coalitions().get(0).partnersEffort()
                        > 1.5 * war(neglected).partnersEffort(),
                "the same forces count for far more inside the leader's plans: " + war(integrated) + " vs " + war(neglected));
        assertTrue(war(integrated).effectiveness() > war(neglected).effectiveness() + 0.15);
    }

    @Test
    void aLeaderHoldingBackItsEnablersLeavesTheWarShortOfThem() {
        Game g = Game.of("grand-alliance-1941", 33);
        g.start();
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(0.2, Map.of())));
        for (String n : PARTNERS) {
            g.does(n, new SubmitOrders(orders(1.0, Map.of())));
        }
        g.advanceTo(Phase.REPORTS);
        assertEquals("leader", war(g).shortfall(), war(g).toString());
        assertTrue(war(g).effectiveness() < 0.5, "many Tontos without the Lone Ranger do not win: " + war(g));
    }

    @Test
    void victoryIsFollowedByPeaceTurnsInWhichTheThreatRecedes() {
        Game g = Game.of("grand-alliance-1941", 34);
        g.start();
        for (String card : List.of("stalingrad", "d-day", "ve-day")) {
            g.does(Role.WHITE_CELL_ID, new PlayCrisis(card, List.of(), List.of(), null));
        }
        turn(g, Map.of("GBR", 2, "SUN", 2), 0.9);
        int won = g.world().clock().turn();
        while (!war(g).victory()) {
            g.advanceTo(Phase.NEGOTIATION);
            turn(g, Map.of("GBR", 2, "SUN", 2), 0.9);
            won = g.world().clock().turn();
        }
        double threatAtVictory = threat(g, "CHN");
        g.advanceTo(Phase.NEGOTIATION);
        assertEquals(won + 1, g.world().clock().turn(), "the exercise plays on after victory");
        assertTrue(g.world().ended().isEmpty());
        assertTrue(threat(g, "CHN") < threatAtVictory - 0.1,
                "the threat recedes as the peace begins");
        turn(g, Map.of("GBR", 2, "SUN", 2), 0.9);
        g.advanceTo(Phase.NEGOTIATION);
        turn(g, Map.of("GBR", 2, "SUN", 2), 0.9);
        g.advanceTo(Phase.ENDED);
        assertEquals(won + 2, g.world().clock().turn(), "two peace turns, then the end");
        assertTrue(g.world().ended().orElseThrow().reason().contains("peace"), g.world().ended().orElseThrow().reason());
    }
}
