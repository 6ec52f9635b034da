package org.entente.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.engine.Game;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Phase;
import org.entente.journal.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The view pushed to every player when figures change (twice a turn) leaves out what the client already holds
 * and what cannot have changed: its size does not grow with the game, while a welcome still carries it all.
 */
class RefreshViewTest {

    @Test
    void aRefreshCarriesOnlyTheOffersThatCanStillChangeAndNoStaticTexts() {
        Game g = Game.of("libya-2011", 7);
        g.start();
        for (int turn = 1; turn <= 4; turn++) {
            g.does("USA", new MakeOffer("FRA", OfferKind.AID, "materiel", 1, 0, null, Conditions.NONE, null));
            g.advanceTo(Phase.NEGOTIATION);
        }
        int now = g.world().clock().turn();
        assertEquals(5, now);

        GameView full = GameViews.of(g.world(), Role.nation("USA"), true);
        assertEquals(List.of(1, 2, 3, 4), full.offers().stream().map(o -> o.turn()).toList());
        assertNotNull(full.scenario());

        GameView refresh = GameViews.of(g.world(), Role.nation("USA"), false);
        assertEquals(List.of(4), refresh.offers().stream().map(o -> o.turn()).toList(),
                "only the last turn's offers (settled by the adjudication just run) and this turn's");
        assertTrue(refresh.offers().stream().allMatch(o -> o.turn() >= now - 1));
        assertNull(refresh.scenario(), "the scenario's texts never change: the client keeps them");

        GameView whiteRefresh = GameViews.of(g.world(), Role.whiteCell(), false);
        assertNull(whiteRefresh.deck(), "the crisis deck never changes");
        assertNotNull(GameViews.of(g.world(), Role.whiteCell(), true).deck());

        RoleView afterCatchUp = RoleView.afterCatchUp(g.state, Role.nation("USA"));
        assertEquals(4, afterCatchUp.game().offers().size(), "a client that missed refreshes gets every offer again");
        assertNull(afterCatchUp.channels());
    }

    @Test
    void aRefreshDoesNotGrowWithTheGame() {
        Game g = Game.of("libya-2011", 7);
        g.start();
        int early = 0;
        for (int turn = 1; turn <= 6; turn++) {
            g.does("USA", new MakeOffer("FRA", OfferKind.AID, "materiel", 1, 0, null, Conditions.NONE, null));
            g.does("USA", new MakeOffer("GBR", OfferKind.AID, "materiel", 1, 0, null, Conditions.NONE, null));
            g.advanceTo(Phase.NEGOTIATION);
            if (turn == 2) {
                early = EventCodec.viewJson(RoleView.of(g.state, Role.nation("USA"), false)).length();
            }
        }
        int late = EventCodec.viewJson(RoleView.of(g.state, Role.nation("USA"), false)).length();
        int welcome = EventCodec.viewJson(RoleView.of(g.state, Role.nation("USA"), true)).length();
        assertTrue(late < early * 1.25, "refresh at turn 3: " + early + " characters, at turn 7: " + late);
        assertTrue(late < welcome / 2, "refresh " + late + " characters, full view " + welcome);
    }
}
