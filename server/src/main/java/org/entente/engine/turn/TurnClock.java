package org.entente.engine.turn;

/**
 * Where the exercise stands in time: turn, phase, and the phase's deadline by the server's clock
 * (epoch ms; 0 for no deadline). While paused, the deadline is held as the time that was left.
 */
public record TurnClock(int turn, Phase phase, long deadline, boolean paused, long remainingWhenPaused) {

    public static final TurnClock LOBBY = new TurnClock(0, Phase.LOBBY, 0, false, 0);

    public boolean running() {
        return phase != Phase.LOBBY && phase != Phase.ENDED && !paused;
    }

    /** Milliseconds left in the phase at {@code now}, never negative. */
    public long remaining(long now) {
        if (paused) {
            return remainingWhenPaused;
        }
        return deadline == 0 ? 0 : Math.max(0, deadline - now);
    }
}
