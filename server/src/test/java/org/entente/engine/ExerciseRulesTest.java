package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.Propose;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.command.TableItem;
import org.entente.engine.command.Vote;
import org.entente.engine.council.ProposalKind;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.ProposalResolved;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given a session, when a nation moves, expect these events — or this refusal and no change. */
class ExerciseRulesTest {
    private Game g;

    @BeforeEach
    void grandAlliance() {
        g = Game.of("grand-alliance-1941", 42);
    }

    private static MakeOffer aid(String to, int units, Conditions c) {
        return new MakeOffer(to, OfferKind.AID, "materiel", units, 0, null, c, null);
    }

    private static Orders orders(double forces, int money, Map<String, Integer> deliveries) {
        return new Orders(forces, money, false, false, deliveries, List.of(), Map.of());
    }

    @Test
    void movesOutsideTheirPhaseAreRefusedWithThePhaseNamed() {
        Rejection early = g.refused("USA", aid("GBR", 1, Conditions.NONE));
        assertEquals("WRONG_PHASE", early.code());
        assertTrue(early.message().contains("lobby"), early.message());
        g.start();
        Rejection orders = g.refused("GBR", new SubmitOrders(orders(0.5, 0, Map.of())));
        assertEquals("WRONG_PHASE", orders.code());
        assertTrue(orders.message().contains("orders phase"), orders.message());
    }

    @Test
    void closingAPhaseNamedByTurnClosesOnlyThatPhase() {
        g.start();
        AdvancePhase fromNegotiation = new AdvancePhase(null, 1, Phase.NEGOTIATION);
        g.does(Role.WHITE_CELL_ID, fromNegotiation);
        Rejection again = g.refused(Role.WHITE_CELL_ID, fromNegotiation);
        assertEquals("PHASE_ALREADY_CLOSED", again.code());
        assertEquals("from", again.field());
        assertEquals(Phase.COUNCIL, g.world().clock().phase(), "one phase closed, not two");
        assertEquals("PHASE_ALREADY_CLOSED", g.refused(Role.WHITE_CELL_ID, new AdvancePhase(null, 2, Phase.COUNCIL)).code(),
                "a turn not yet reached is not this phase either");
        g.does(Role.WHITE_CELL_ID, new AdvancePhase(null, 1, Phase.COUNCIL));
        assertEquals(Phase.ORDERS, g.world().clock().phase());
    }

    @Test
    void talkIsAllowedInEveryPhaseButOnlyForMembers() {
        g.does("GBR", new PostMessage("plenary", "We stand alone no longer.", "Churchill"));
        assertEquals("UNKNOWN_CHANNEL", g.refused("GBR", new PostMessage("team:SUN", "Hello", null)).code());
    }

    @Test
    void nobodyActsForAnotherNationOrForTheWhiteCell() {
        g.start();
        assertEquals("WHITE_CELL_ONLY", g.refused("GBR", new org.entente.engine.command.AdvancePhase("mine")).code());
        assertEquals("LEADER_ONLY", g.refused("GBR", new SetSeat("CHN", true)).code());
        g.does("USA", aid("GBR", 2, Conditions.NONE));
        String offer = g.eventsOf(OfferMade.class).get(0).offer().id();
        assertEquals("UNKNOWN_OFFER", g.refused("SUN", new AnswerOffer(offer, true)).code(), "only its recipient answers it");
        assertEquals("UNKNOWN_OFFER", g.refused("USA", new AnswerOffer(offer, true)).code(), "its sender cannot accept for GBR");
    }

    @Test
    void anOfferBeyondTheBudgetIsRefusedWithTheFieldAndTheFigures() {
        g.start();
        int budget = g.world().nation("USA").budget();
        Rejection r = g.refused("USA", aid("GBR", budget + 1, Conditions.NONE));
        assertEquals("BEYOND_RESOURCES", r.code());
        assertEquals("amount", r.field());
        assertTrue(r.message().contains(String.valueOf(budget)), r.message());
    }

    @Test
    void conditionsBeyondTheDomesticConstraintAreRefused() {
        g.start();
        Rejection r = g.refused("USA", aid("GBR", 1, new Conditions("Open the second front", 0.95, null)));
        assertEquals("DOMESTIC_CONSTRAINT", r.code());
        assertEquals("conditions.stringency", r.field());
    }

    @Test
    void anAcceptedOfferIsACommitmentKeptOrBrokenByWhatIsDelivered() {
        g.start();
        g.does("USA", aid("GBR", 2, Conditions.NONE));
        g.does("USA", aid("SUN", 2, Conditions.NONE));
        String toGbr = g.eventsOf(OfferMade.class).get(0).offer().id();
        String toSun = g.eventsOf(OfferMade.class).get(1).offer().id();
        g.does("GBR", new AnswerOffer(toGbr, true));
        g.does("SUN", new AnswerOffer(toSun, true));
        assertEquals("OFFER_CLOSED", g.refused("GBR", new AnswerOffer(toGbr, false)).code());
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(0.5, 0, Map.of(toGbr, 2))));
        g.advanceTo(Phase.REPORTS);
        assertEquals(OfferStatus.KEPT, g.world().offer(toGbr).orElseThrow().status());
        assertEquals(OfferStatus.BROKEN, g.world().offer(toSun).orElseThrow().status());
        assertTrue(g.world().nation("SUN").affinityToward("USA") < g.world().scenario().nation("SUN").orElseThrow().affinityToward("USA"),
                "a broken promise costs the breaker the wronged nation's affinity");
    }

    @Test
    void theCouncilVotesUnderTheScenariosRuleAndAnAdoptedContributionBindsOrders() {
        g.start();
        assertEquals("NO_SEAT", g.refused("SUN", new TableItem("Second front", "Now.")).code());
        g.does("USA", new SetSeat("SUN", true));
        g.does("SUN", new TableItem("Second front", "Open it in 1942."));
        String item = g.world().agenda().get(0).id();
        g.does("SUN", new Propose(item, ProposalKind.CONTRIBUTION, "Everyone fights", null, null, 0.6));
        String proposal = g.world().proposals().keySet().iterator().next();
        assertEquals("WRONG_PHASE", g.refused("GBR", new Vote(proposal, true)).code(), "votes are cast in the council phase");
        g.advanceTo(Phase.COUNCIL);
        g.does("GBR", new Vote(proposal, true));
        g.does("USA", new Vote(proposal, true));
        g.advanceTo(Phase.ORDERS);
        ProposalResolved resolved = g.eventsOf(ProposalResolved.class).get(0);
        assertTrue(resolved.adopted());
        assertEquals(3, resolved.yes());
        Rejection r = g.refused("GBR", new SubmitOrders(orders(0.3, 0, Map.of())));
        assertEquals("COUNCIL_DECISION", r.code());
        assertEquals("forces", r.field());
        g.does("GBR", new SubmitOrders(orders(0.6, 0, Map.of())));
    }

    @Test
    void underLeaderVetoAMajorityWithoutTheLeaderFails() {
        g.start();
        g.does("USA", new SetSeat("SUN", true));
        g.does("USA", new SetSeat("CHN", true));
        g.does("SUN", new TableItem("Aims", "Spheres of influence."));
        String item = g.world().agenda().get(0).id();
        g.does("SUN", new Propose(item, ProposalKind.AIMS, "Spheres", "aims", 0.1, null));
        String proposal = g.world().proposals().keySet().iterator().next();
        g.advanceTo(Phase.COUNCIL);
        g.does("GBR", new Vote(proposal, true));
        g.does("CHN", new Vote(proposal, true));
        g.does("USA", new Vote(proposal, false));
        double aimsBefore = g.world().councilCoalition().aims();
        g.advanceTo(Phase.ORDERS);
        assertFalse(g.eventsOf(ProposalResolved.class).get(0).adopted());
        assertEquals(aimsBefore, g.world().councilCoalition().aims());
    }

    @Test
    void theWholeStateIsTheFoldOfTheLog() {
        g.start();
        g.does("USA", aid("GBR", 2, Conditions.NONE));
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(orders(0.4, 1, Map.of())));
        g.advanceTo(Phase.NEGOTIATION);
        SessionState replayed = SessionState.replay(g.log);
        assertEquals(g.state.lastSeq(), replayed.lastSeq());
        assertEquals(g.world().councilCoalition().progress(), replayed.world().councilCoalition().progress());
        assertEquals(g.world().nation("GBR").affinities(), replayed.world().nation("GBR").affinities());
        assertEquals(g.world().clock(), replayed.world().clock());
    }
}
