package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.RelationshipJudgement;
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

/** The framework's lessons emerge from play, not from scripts that name them. */
class LessonsTest {

    private static Orders orders(double forces, Map<String, Integer> deliveries) {
        return new Orders(forces, 0, false, false, deliveries, List.of(), Map.of());
    }

    private static String lastOffer(Game g) {
        List<OfferMade> made = g.eventsOf(OfferMade.class);
        return made.get(made.size() - 1).offer().id();
    }

    private static RelationshipJudgement judgement(Game g, String partner) {
        Adjudication a = g.world().adjudications().get(g.world().adjudications().size() - 1);
        return a.relationships().stream().filter(j -> j.partner().equals(partner)).findFirst().orElseThrow();
    }

    /** Everyone fights; the leader aids and seats whom it chooses. Returns to the next turn's negotiation. */
    private static void playTurn(Game g, Map<String, Integer> aid, double partnerForces) {
        Map<String, Integer> deliveries = new java.util.TreeMap<>();
        aid.forEach((to, units) -> {
            g.does("USA", new MakeOffer(to, OfferKind.AID, "materiel", units, 0, null, Conditions.NONE, null));
            String id = lastOffer(g);
            g.does(to, new AnswerOffer(id, true));
            deliveries.put(id, units);
        });
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(1.0, deliveries)));
        for (String n : List.of("GBR", "SUN", "CHN", "FRA")) {
            g.does(n, new SubmitOrders(orders(partnerForces, Map.of())));
        }
        g.advanceTo(Phase.REPORTS);
    }

    @Test
    void bullyingAHighlyMotivatedAllyIsHeavyHandedAndCostsItsCooperationAndAffinity() {
        Game g = Game.of("grand-alliance-1941", 11);
        g.start();
        double affinityBefore = g.world().nation("GBR").affinityToward("USA");
        g.does("USA", new MakeOffer("GBR", OfferKind.THREAT, "abandonment", 0, 0.9, "Commit all your forces to the Channel", null, null));
        g.does("GBR", new AnswerOffer(lastOffer(g), false));
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, Map.of(), List.of(lastOffer(g)), Map.of())));
        g.does("GBR", new SubmitOrders(orders(0.8, Map.of())));
        g.advanceTo(Phase.REPORTS);
        RelationshipJudgement gbr = judgement(g, "GBR");
        assertEquals("HEAVY_HANDEDNESS", gbr.failure(), gbr.explanation().toString());
        assertTrue(gbr.softPower() >= 0.35, "Britain was highly motivated: " + gbr.softPower());
        assertTrue(g.world().nation("GBR").affinityToward("USA") < affinityBefore - 0.2,
                "resentment: " + g.world().nation("GBR").affinityToward("USA"));

        Game fair = Game.of("grand-alliance-1941", 11);
        fair.start();
        playTurn(fair, Map.of("GBR", 2), 0.8);
        assertTrue(judgement(fair, "GBR").intensity() > gbr.intensity(),
                "the bullied ally complies less intensely than the well-led one: " + gbr.intensity() + " vs "
                        + judgement(fair, "GBR").intensity());
    }

    @Test
    void ignoringAMotivatedAllysOffersAndKeepingItOffTheCouncilIsMalignNeglect() {
        Game g = Game.of("grand-alliance-1941", 12);
        g.start();
        g.does("CHN", new MakeOffer("USA", OfferKind.REQUEST, "joint command in Burma", 0.5, 0, "Fight beside us", null, null));
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(1.0, Map.of())));
        g.does("CHN", new SubmitOrders(orders(0.8, Map.of())));
        g.advanceTo(Phase.REPORTS);
        RelationshipJudgement chn = judgement(g, "CHN");
        assertEquals("MALIGN_NEGLECT", chn.failure(), chn.explanation().toString());
        assertTrue(g.world().nation("CHN").affinityToward("USA") < g.world().scenario().nation("CHN").orElseThrow().affinityToward("USA"));

        Game heeded = Game.of("grand-alliance-1941", 12);
        heeded.start();
        heeded.does("USA", new SetSeat("CHN", true));
        playTurn(heeded, Map.of("CHN", 2), 0.8);
        assertEquals("NONE", judgement(heeded, "CHN").failure(), "aid and a seat avoid the failure");
    }

    @Test
    void countingOnMoralSuasionWithAnIndifferentStateIsLightHandedAndGetsNothing() {
        Game g = Game.of("vietnam-1964", 14);
        g.start();
        g.does("USA", new MakeOffer("GBR", OfferKind.REQUEST, "more flags", 0.3, 0,
                "Honour your SEATO obligations: send a brigade", null, null));
        String request = lastOffer(g);
        g.does("GBR", new AnswerOffer(request, false));
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, Map.of(), List.of(), Map.of("GBR", 0.6))));
        g.advanceTo(Phase.REPORTS);
        RelationshipJudgement gbr = judgement(g, "GBR");
        assertEquals("LIGHT_HANDEDNESS", gbr.failure(), gbr.explanation().toString());
        assertTrue(gbr.softPower() < 0.35, "Britain was not motivated: " + gbr.softPower());
        assertEquals("NONE", gbr.compliance(), "moral suasion moves an indifferent state to nothing");
        assertTrue(g.world().coalitions().get("free-world").members().stream().noneMatch("GBR"::equals));

        Game paid = Game.of("vietnam-1964", 14);
        paid.start();
        paid.does("USA", new MakeOffer("GBR", OfferKind.SIDE_PAYMENT, "support for sterling", 4, 0, null,
                new Conditions("A brigade in Vietnam", 0.3, 0.3), null));
        paid.does("GBR", new AnswerOffer(lastOffer(paid), true));
        String support = lastOffer(paid);
        paid.advanceTo(Phase.ORDERS);
        paid.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, Map.of(support, 4), List.of(), Map.of("GBR", 0.6))));
        paid.advanceTo(Phase.REPORTS);
        RelationshipJudgement bought = judgement(paid, "GBR");
        assertEquals("NONE", bought.failure(), bought.explanation().toString());
        assertEquals("INDUCED", bought.compliance(), "what moral suasion could not do, side-payments can");
    }

    @Test
    void asVictoryNearsSoftPowerDrainsAndConditionalAidBecomesTheRecommendation() {
        Game g = Game.of("grand-alliance-1941", 13);
        g.start();
        g.does("USA", new SetSeat("SUN", true));
        List<Double> softPowerTowardSun = new ArrayList<>();
        List<Double> softPowerTowardGbr = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        String[][] history = {{}, {"stalingrad"}, {}, {"d-day"}, {}, {"ve-day"}};
        for (String[] cards : history) {
            for (String card : cards) {
                g.does(Role.WHITE_CELL_ID, new PlayCrisis(card, List.of(), List.of(), null));
            }
            playTurn(g, Map.of("GBR", 2, "SUN", 2), 0.9);
            softPowerTowardSun.add(judgement(g, "SUN").softPower());
            RelationshipJudgement gbr = judgement(g, "GBR");
            softPowerTowardGbr.add(gbr.softPower());
            recommended.add(gbr.recommended());
            if (g.world().councilCoalition().progress() >= g.world().scenario().war().victoryAt()) {
                break;
            }
            g.advanceTo(Phase.NEGOTIATION);
        }
        assertTrue(softPowerTowardSun.get(softPowerTowardSun.size() - 1) < softPowerTowardSun.get(0) - 0.2,
                "soft power drains as the threat recedes: " + softPowerTowardSun);
        assertTrue(softPowerTowardGbr.get(softPowerTowardGbr.size() - 1) < softPowerTowardGbr.get(0) - 0.1,
                "soft power drains as the threat recedes: " + softPowerTowardGbr);
        assertEquals("UNCONDITIONAL_BOLSTERING", recommended.get(0), recommended + " " + softPowerTowardGbr);
        assertEquals("CONDITIONAL_BOLSTERING", recommended.get(recommended.size() - 1), recommended + " " + softPowerTowardGbr);
    }
}
