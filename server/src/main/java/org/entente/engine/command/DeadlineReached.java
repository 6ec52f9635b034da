package org.entente.engine.command;

/** The session's timer fired: if the phase's deadline has passed, the phase closes. Issued by the system only. */
public record DeadlineReached() implements Command {
}
