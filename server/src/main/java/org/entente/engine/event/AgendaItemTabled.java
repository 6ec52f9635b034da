package org.entente.engine.event;

import org.entente.engine.council.AgendaItem;

/** A seated member put an item on the council's agenda. */
public record AgendaItemTabled(AgendaItem item) implements Event {
}
