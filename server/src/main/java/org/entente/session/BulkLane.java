package org.entente.session;

import java.util.ArrayDeque;
import java.util.Queue;
import org.entente.engine.Role;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.Command;
import org.entente.engine.command.DeadlineReached;
import org.entente.engine.command.EndExercise;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.StartExercise;

/**
 * The node's lane for bulk work: commands that adjudicate a turn or send every player of a session a fresh view.
 * When many sessions change phase in the same second, their bulk work runs a few sessions at a time, in arrival
 * order, while chat, offers and votes of every session go ahead: no post waits for 500 adjudications.
 *
 * <p>A session's own bulk command still runs on its thread, one at a time with its other commands; only the
 * order of commands from different senders that were in flight together changes (none had been acknowledged,
 * so any order is one the players could have seen). A sender's own commands keep their order (see
 * {@code ClientConnection}).
 */
public final class BulkLane {
    private final int permits;
    private int running;
    private final Queue<Runnable> waiting = new ArrayDeque<>();

    /** {@code permits}: how many sessions may do bulk work at once; the rest of the node's cores stay interactive. */
    public BulkLane(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("a bulk lane needs at least one permit");
        }
        this.permits = permits;
    }

    /** Half the cores, at least one: {@code -Dentente.bulkPermits=N} overrides it for measurement. */
    public static BulkLane forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new BulkLane(Integer.getInteger("entente.bulkPermits", Math.max(1, cores / 2)));
    }

    /**
     * Whether a command by this role may adjudicate a turn or refresh every view (then it goes through this lane).
     * A nation's white-cell command is refused at once, so it does not queue here behind other sessions' work.
     */
    public static boolean carries(Role actor, Command c) {
        boolean whiteCells = c instanceof AdvancePhase || c instanceof DeadlineReached || c instanceof StartExercise
                || c instanceof EndExercise || c instanceof PlayCrisis || c instanceof OverrideResult;
        return (whiteCells && actor.isWhiteCell()) || c instanceof ChangeMembership || c instanceof SetSeat;
    }

    /**
     * Runs {@code work} once a permit is free (at once if one is). The work must call {@link #leave} exactly once
     * when it is done, whatever its outcome.
     */
    void enter(Runnable work) {
        synchronized (this) {
            if (running >= permits) {
                waiting.add(work);
                return;
            }
            running++;
        }
        work.run();
    }

    /** Frees a permit, handing it straight to the next waiting work. */
    void leave() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.run();
    }

    /** How many sessions may do bulk work at once. */
    public int permits() {
        return permits;
    }

    /** Bulk work waiting for a permit (for metrics and tests). */
    public synchronized int waiting() {
        return waiting.size();
    }
}
