package org.entente.engine.event;

import org.entente.engine.adjudication.Adjudication;

/** A turn was adjudicated: the true figures, for the white cell (and reviewers) only. */
public record TurnAdjudicated(Adjudication adjudication) implements Event {
}
