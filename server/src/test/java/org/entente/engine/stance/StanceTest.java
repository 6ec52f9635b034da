package org.entente.engine.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.engine.Audience;
import org.entente.engine.Game;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.RelationshipJudgement;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.SetStance;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.StanceSet;
import org.entente.engine.event.TurnReported;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/**
 * The leader's stance order (issue 15, item 5) in the 1991 Gulf coalition: who may give it, what a bad
 * one is refused for, who sees it, and how the adjudicator judges it — a keep-out of Israel bought with
 * aid is not neglect; left unpaid, or written off while motivated, it is.
 */
class StanceTest {
    private static final String REASON = "Its entry would cost us the Arab partners.";

    private static Game gulf() {
        Game g = Game.of("gulf-1991", 7);
        g.start();
        return g;
    }

    @Test
    void aBadStanceIsRefusedNamingTheField() {
        Game g = gulf();
        assertRefused(g.refused("ISR", new SetStance("SYR", "leave", REASON, null)), "NOT_THE_LEADER", null);
        assertRefused(g.refused("USA", new SetStance("XXX", "leave", REASON, null)), "UNKNOWN_NATION", "partner");
        assertRefused(g.refused("USA", new SetStance("USA", "leave", REASON, null)), "INVALID_FIELD", "partner");
        assertRefused(g.refused("USA", new SetStance("ISR", "ignore", REASON, null)), "INVALID_FIELD", "stance");
        assertRefused(g.refused("USA", new SetStance("ISR", "keepOut", "   ", null)), "MISSING_FIELD", "reason");
        assertRefused(g.refused("USA", new SetStance("ISR", "keepOut", "x".repeat(StanceRules.MAX_REASON + 1), null)),
                "INVALID_FIELD", "reason");
        assertRefused(g.refused("USA", new SetStance("ISR", "keepOut", REASON, "nowhere")), "UNKNOWN_COALITION", "coalition");
        assertRefused(g.refused("WHITE_CELL", new SetStance("ISR", "keepOut", REASON, null)), "NATIONS_ONLY", null);
        assertTrue(g.world().stances().isEmpty());
    }

    @Test
    void aKeepOutIsPutToThePartnerAndAWriteOffStaysWithTheLeader() {
        Game g = gulf();
        StanceSet keep = (StanceSet) g.does("USA", new SetStance("ISR", "keepOut", REASON, null)).get(0);
        assertEquals(new StanceSet("USA", "desert-storm", "ISR", Stance.KEEP_OUT, REASON, 1), keep);
        Audience a = Audience.of(g.state, keep);
        assertTrue(a.includes(Role.nation("ISR")) && a.includes(Role.nation("USA")) && !a.includes(Role.nation("SYR")));
        StanceSet leave = (StanceSet) g.does("USA", new SetStance("SYR", "leave", "Damascus will not fight for us.",
                "desert-storm")).get(0);
        Audience b = Audience.of(g.state, leave);
        assertTrue(b.includes(Role.nation("USA")) && !b.includes(Role.nation("SYR")), "a write-off is not told to its partner");
        assertEquals(2, g.world().stances().size());
        // A later stance replaces the earlier one.
        g.does("USA", new SetStance("SYR", "engage", "On reflection we need Damascus.", null));
        assertEquals(Stance.ENGAGE, g.world().stance("desert-storm", "SYR").orElseThrow().stance());
    }

    @Test
    void aPaidStayOutOfAPartnerWhoseEntryWouldCostTheCoalitionIsNotNeglect() {
        Game g = gulf();
        g.does("USA", new SetStance("ISR", "keepOut", REASON, null));
        RelationshipJudgement paid = playTurn(g, 2);
        assertEquals("keepOut", paid.stance());
        assertEquals("NONE", paid.failure(), String.join("\n", paid.explanation()));
        assertTrue(last(paid).contains("Not charged: its entry would cost the coalition (SYR's affinity toward it is -0.90)"),
                last(paid));
        EstimateLine mine = leaderEstimate(g, "ISR");
        assertTrue(mine.explanation().stream().anyMatch(s -> s.startsWith("Your stance toward ISR: keepOut")), mine.toString());
        assertTrue(mine.explanation().stream().noneMatch(s -> s.startsWith("malign neglect:")), mine.toString());
    }

    @Test
    void anUnpaidKeepOutOfAMotivatedPartnerIsStillNeglect() {
        Game g = gulf();
        g.does("USA", new SetStance("ISR", "keepOut", REASON, null));
        RelationshipJudgement unpaid = playTurn(g, 0);
        assertEquals("MALIGN_NEGLECT", unpaid.failure(), String.join("\n", unpaid.explanation()));
        assertTrue(last(unpaid).contains("but unpaid") && last(unpaid).contains("restraint has a price"), last(unpaid));
    }

    @Test
    void writingOffAMotivatedPartnerIsChargedSayingWhy() {
        Game g = gulf();
        g.does("USA", new SetStance("ISR", "leave", "We can win without Israel.", null));
        RelationshipJudgement j = playTurn(g, 0);
        assertEquals("MALIGN_NEGLECT", j.failure());
        assertTrue(last(j).contains("Written off although motivated"), last(j));
    }

    @Test
    void aKeepOutOfAPartnerInTheCoalitionExcusesNothing() {
        Game g = gulf();
        g.does("USA", new SetStance("EGY", "keepOut", "Cairo would rather not be seen with us.", null));
        RelationshipJudgement j = playTurn(g, 0);
        assertTrue(last(j).contains("is in the coalition: it was not kept out"), last(j));
        RelationshipJudgement engaged = judgement(g.world().adjudications().get(0), "SAU");
        assertEquals(null, engaged.stance());
    }

    /** One turn in which the USA aids Israel with {@code aidToIsrael} units (none if 0); everyone fights. */
    private static RelationshipJudgement playTurn(Game g, int aidToIsrael) {
        Map<String, Integer> deliveries = new java.util.TreeMap<>();
        if (aidToIsrael > 0) {
            g.does("USA", new MakeOffer("ISR", OfferKind.AID, "Patriot batteries", aidToIsrael, 0, null, Conditions.NONE, null));
            List<OfferMade> made = g.eventsOf(OfferMade.class);
            String id = made.get(made.size() - 1).offer().id();
            g.does("ISR", new AnswerOffer(id, true));
            deliveries.put(id, aidToIsrael);
        }
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, deliveries, List.of(), Map.of())));
        g.advanceTo(Phase.REPORTS);
        List<Adjudication> all = g.world().adjudications();
        Adjudication a = all.get(all.size() - 1);
        StanceSet s = g.world().stances().get(0);
        return judgement(a, s.partner());
    }

    private static RelationshipJudgement judgement(Adjudication a, String partner) {
        return a.relationships().stream().filter(j -> j.partner().equals(partner) && j.coalition().equals("desert-storm"))
                .findFirst().orElseThrow();
    }

    private static EstimateLine leaderEstimate(Game g, String partner) {
        List<TurnReported> reports = g.eventsOf(TurnReported.class).stream()
                .filter(r -> r.report().nation().equals("USA")).toList();
        return reports.get(reports.size() - 1).report().estimates().stream()
                .filter(e -> e.partner().equals(partner) && "yours".equals(e.direction())).findFirst().orElseThrow();
    }

    private static String last(RelationshipJudgement j) {
        return j.explanation().get(j.explanation().size() - 1);
    }

    private static void assertRefused(Rejection r, String code, String field) {
        assertEquals(code, r.code(), r.toString());
        assertEquals(field, r.field(), r.toString());
    }
}
