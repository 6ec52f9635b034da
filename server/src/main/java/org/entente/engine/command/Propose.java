package org.entente.engine.command;

import org.entente.engine.council.ProposalKind;

/** A seated member proposes, under an agenda item: a shift of aims, a minimum contribution, or a resolution. */
public record Propose(String item, ProposalKind kind, String text, String axis, Double toward, Double minForces)
        implements Command {
}
