package org.entente.engine.event;

import org.entente.engine.council.Proposal;

/** A seated member made a proposal under an agenda item. */
public record ProposalMade(Proposal proposal) implements Event {
}
