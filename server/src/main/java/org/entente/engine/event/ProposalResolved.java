package org.entente.engine.event;

/** The council closed: a proposal was adopted or rejected under the scenario's voting rule. Public. */
public record ProposalResolved(String proposal, boolean adopted, int yes, int no, String rule, String text) implements Event {
}
