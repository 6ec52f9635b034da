package org.entente.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.entente.engine.Game;
import org.entente.engine.Role;
import org.junit.jupiter.api.Test;

/** A player sees the figures of its own objectives' measures (a cap on its share of costs), as its briefing states them. */
class OwnObjectivesViewTest {

    @Test
    void aCapOnTheShareOfCostsIsInTheLeadersOwnView() {
        Game g = Game.of("libya-2011", 1);
        GameView usa = GameViews.of(g.world(), Role.nation("USA"), false);
        GameView.ObjectiveView fromBehind = usa.you().objectives().stream().filter(o -> o.id().equals("from-behind"))
                .findFirst().orElseThrow();
        assertEquals("contributionShare", fromBehind.measure());
        assertEquals(0.4, fromBehind.shareAtMost());
        assertNull(fromBehind.shareOf(), "the leader's own coalition");
        GameView.ObjectiveView civilians = usa.you().objectives().stream().filter(o -> o.id().equals("civilians"))
                .findFirst().orElseThrow();
        assertNull(civilians.shareAtMost());
    }

    @Test
    void theCoalitionOfACapIsNamedWhereTheScenarioNamesIt() {
        Game g = Game.of("two-seas-2031", 1);
        GameView atl = GameViews.of(g.world(), Role.nation("ATL"), false);
        GameView.ObjectiveView shift = atl.you().objectives().stream().filter(o -> o.id().equals("burden-shift"))
                .findFirst().orElseThrow();
        assertEquals(0.4, shift.shareAtMost());
        assertEquals("northern-compact", shift.shareOf());
    }
}
