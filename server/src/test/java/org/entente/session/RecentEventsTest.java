package org.entente.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.engine.Role;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.junit.jupiter.api.Test;

class RecentEventsTest {
    private static Recorded event(long seq) {
        return new Recorded(seq, seq, Role.nation("GBR"), null, new MessagePosted("plenary", Role.nation("GBR"), "Ana", "m" + seq));
    }

    @Test
    void holdsOnlyTheLastCapacityEventsInOrder() {
        RecentEvents recent = new RecentEvents(4);
        assertFalse(recent.holds(1));
        assertEquals(List.of(), recent.from(1));
        Recorded[] all = new Recorded[11];
        for (int s = 1; s <= 10; s++) {
            all[s] = event(s);
            recent.add(all[s]);
        }
        assertEquals(7, recent.first());
        assertEquals(10, recent.last());
        assertFalse(recent.holds(6));
        assertTrue(recent.holds(7));
        assertFalse(recent.holds(11));
        for (int s = 7; s <= 10; s++) {
            assertSame(all[s], recent.get(s));
        }
        assertEquals(List.of(all[9], all[10]), recent.from(9));
        assertEquals(List.of(all[7], all[8], all[9], all[10]), recent.from(1));
        assertThrows(IndexOutOfBoundsException.class, () -> recent.get(6));
    }

    @Test
    void refusesAGapOrARepeat() {
        RecentEvents recent = new RecentEvents(4);
        recent.add(event(1));
        assertThrows(IllegalArgumentException.class, () -> recent.add(event(1)));
        assertThrows(IllegalArgumentException.class, () -> recent.add(event(3)));
    }

    @Test
    void theDefaultRingHolds1024Events() {
        RecentEvents recent = new RecentEvents();
        for (int s = 1; s <= 3000; s++) {
            recent.add(event(s));
        }
        assertEquals(3000 - 1024 + 1, recent.first());
    }
}
