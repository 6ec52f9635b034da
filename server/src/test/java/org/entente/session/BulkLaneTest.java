package org.entente.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.Role;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.SetSeat;
import org.junit.jupiter.api.Test;

class BulkLaneTest {

    @Test
    void workBeyondThePermitsWaitsAndIsHandedEachFreedPermitInArrivalOrder() {
        BulkLane lane = new BulkLane(2);
        List<String> ran = new ArrayList<>();
        for (String w : List.of("a", "b", "c", "d")) {
            lane.enter(() -> ran.add(w));
        }
        assertEquals(List.of("a", "b"), ran, "two permits: two run at once");
        assertEquals(2, lane.waiting());
        lane.leave();
        assertEquals(List.of("a", "b", "c"), ran, "a freed permit goes straight to the longest waiting");
        lane.leave();
        lane.leave();
        lane.leave();
        assertEquals(List.of("a", "b", "c", "d"), ran);
        assertEquals(0, lane.waiting());
        lane.enter(() -> ran.add("e"));
        lane.enter(() -> ran.add("f"));
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), ran, "every permit was given back");
    }

    @Test
    void phaseChangesGoThroughTheLaneAndANationsAttemptAtOneIsRefusedInLine() {
        assertTrue(BulkLane.carries(Role.whiteCell(), new AdvancePhase("time")));
        assertFalse(BulkLane.carries(Role.nation("USA"), new AdvancePhase("time")),
                "refused at once (WHITE_CELL_ONLY): it must not queue behind other sessions' work");
        assertTrue(BulkLane.carries(Role.nation("USA"), new SetSeat("USA", true)), "a seat change refreshes every view");
        assertFalse(BulkLane.carries(Role.nation("USA"), new PostMessage("plenary", "hello", null)));
    }

    @Test
    void aLaneNeedsAPermit() {
        assertThrows(IllegalArgumentException.class, () -> new BulkLane(0));
    }
}
