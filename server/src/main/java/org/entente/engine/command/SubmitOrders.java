package org.entente.engine.command;

import org.entente.engine.turn.Orders;

public record SubmitOrders(Orders orders) implements Command {
}
