package org.entente.engine.event;

import org.entente.engine.report.TurnReport;

/** One nation's own report of a turn: its estimates, not the truth. Seen by that nation and the white cell. */
public record TurnReported(TurnReport report) implements Event {
}
