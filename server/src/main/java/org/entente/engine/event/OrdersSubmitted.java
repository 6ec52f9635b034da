package org.entente.engine.event;

import org.entente.engine.turn.Orders;

/** A nation's orders for the turn (replacing any it sent before): seen by that nation and the white cell. */
public record OrdersSubmitted(String nation, Orders orders) implements Event {
}
