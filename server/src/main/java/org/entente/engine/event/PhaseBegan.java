package org.entente.engine.event;

import org.entente.engine.turn.Phase;

/** The clock moved to a new phase (or a new turn); {@code deadline} is epoch ms, 0 for none. */
public record PhaseBegan(int turn, Phase phase, long deadline, String reason) implements Event {
}
