package org.entente.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.Game;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.SessionState;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.replay.ScriptedSession;
import org.junit.jupiter.api.Test;

/**
 * A refresh sends a player only the members of its view that changed since the last one it was sent: applied to
 * that view, the patch gives exactly the new one, at every refresh of a whole exercise and for every role.
 */
class ViewPatchTest {

    @Test
    void atEveryRefreshOfAWholeExerciseThePatchTurnsTheLastViewIntoTheNewOne() throws Exception {
        Game played = ScriptedSession.play(11);
        List<Role> roles = new ArrayList<>(List.of(Role.whiteCell()));
        played.state.nationIds().forEach(n -> roles.add(Role.nation(n)));
        SessionState state = new SessionState();
        Map<Role, ObjectNode> held = new HashMap<>();
        Map<Role, Map<String, String>> sent = new HashMap<>();
        int patches = 0;
        long wholeChars = 0;
        long patchChars = 0;
        for (Recorded r : played.log) {
            state.apply(r);
            if (!Session.changesViews(r.event())) {
                continue;
            }
            for (Role role : roles) {
                ViewMembers now = ViewMembers.of(RoleView.of(state, role, false));
                ObjectNode whole = (ObjectNode) EventCodec.MAPPER.readTree(now.json());
                if (held.containsKey(role)) {
                    String patch = now.patchSince(sent.get(role));
                    ObjectNode merged = patch == null ? held.get(role) : PatchRule.apply(held.get(role), EventCodec.MAPPER.readTree(patch));
                    assertEquals(whole, merged, role + " at " + r.seq() + " (" + r.event().getClass().getSimpleName() + "), patch " + patch);
                    patches++;
                    wholeChars += now.json().length();
                    patchChars += patch == null ? 0 : patch.length();
                }
                held.put(role, whole);
                sent.put(role, now.members());
            }
        }
        assertTrue(patches > 100, patches + " refreshes compared");
        assertTrue(patchChars * 3 < wholeChars, "patches " + patchChars + " characters, whole views " + wholeChars);
    }

    @Test
    void aViewThatDidNotChangeHasNoPatch() {
        Game g = Game.of("libya-2011", 7);
        g.start();
        ViewMembers once = ViewMembers.of(RoleView.of(g.state, Role.nation("USA"), false));
        assertNull(ViewMembers.of(RoleView.of(g.state, Role.nation("USA"), false)).patchSince(once.members()));
    }

    @Test
    void aSubscriberHoldingTheLastRefreshGetsAPatchAndOneThatJoinedSinceGetsTheWholeView() {
        Game g = Game.of("libya-2011", 7);
        g.start();
        ViewRefreshes refreshes = new ViewRefreshes();
        Subscriber first = new Listener(Role.nation("USA"));
        Subscriber white = new Listener(Role.whiteCell());
        SharedView opening = refreshes.round(role -> RoleView.of(g.state, role, false)).frameFor(first);
        assertFalse(opening.isPatch(), "nothing sent before: the whole view");
        refreshes.round(role -> RoleView.of(g.state, role, false)).frameFor(white);

        g.advanceTo(org.entente.engine.turn.Phase.REPORTS);
        Subscriber joined = new Listener(Role.nation("USA"));
        ViewRefreshes.Round round = refreshes.round(role -> RoleView.of(g.state, role, false));
        SharedView patch = round.frameFor(first);
        SharedView whole = round.frameFor(joined);
        assertTrue(patch.isPatch());
        assertFalse(whole.isPatch(), "it holds its welcome's view, not the last refresh");
        assertTrue(patch.json().length() < whole.json().length(), patch.json());
        assertTrue(round.frameFor(white).isPatch(), "the white cell's view was taken in an earlier round: still the last it was sent");

        ViewRefreshes.Round unchanged = refreshes.round(role -> RoleView.of(g.state, role, false));
        assertNull(unchanged.frameFor(first), "nothing changed: nothing is sent");
        assertNull(unchanged.frameFor(joined));
        refreshes.forget(joined);
        assertSame(false, refreshes.round(role -> RoleView.of(g.state, role, false)).frameFor(joined).isPatch());
    }

    private record Listener(Role role) implements Subscriber {
        @Override
        public long catchUpBudget() {
            return 0;
        }

        @Override
        public String displayName() {
            return null;
        }

        @Override
        public void disconnect(String reason) {
        }

        @Override
        public void welcome(String sessionId, Role r, long position, RoleView snapshot, boolean resumed) {
        }

        @Override
        public void event(long position, SharedEvent event) {
        }

        @Override
        public void refreshed(long position, SharedView view) {
        }

        @Override
        public void acknowledged(String commandId, long position, boolean duplicate) {
        }

        @Override
        public void rejected(String commandId, Rejection rejection) {
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
