package org.entente.replay;

import java.util.List;
import org.entente.engine.SessionState;
import org.entente.engine.event.Recorded;

/**
 * Folds a log into a {@link SessionState} with the engine's own fold ({@link SessionState#apply}),
 * optionally stopping after a sequence number, telling a {@link Progress} every tenth of the way on
 * long logs and a {@link Listener} about each event. Pure: no I/O, no clock of its own.
 */
public final class Replayer {
    /** Logs longer than this report progress every 10%. */
    public static final long PROGRESS_THRESHOLD = 10_000;

    /** Told how far the fold has come (on long logs, every 10%). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void at(long done, long total);
    }

    /** Sees each event just before and just after it is folded in. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void before(Recorded r, SessionState state) throws ReplayInputException {
        }

        default void after(Recorded r, SessionState state) throws ReplayInputException {
        }
    }

    /** The state at the end, and how much of the log made it: {@code applied} of {@code total} events. */
    public record Result(SessionState state, long applied, long total, long nanos) {
        public double eventsPerSecond() {
            return nanos == 0 ? 0 : applied * 1e9 / nanos;
        }

        public boolean complete() {
            return applied == total;
        }
    }

    private Replayer() {
    }

    public static Result replay(List<Recorded> log) throws ReplayInputException {
        return replay(log, 0, Progress.NONE, Listener.NONE);
    }

    /**
     * Folds {@code log} up to and including the event of sequence {@code toSeq} (0 or less: to the end).
     *
     * @throws ReplayInputException if the log cannot be folded (a gap, a missing scenario), naming the event
     */
    public static Result replay(List<Recorded> log, long toSeq, Progress progress, Listener listener)
            throws ReplayInputException {
        long start = System.nanoTime();
        long total = log.size();
        long stop = toSeq <= 0 ? total : Math.min(toSeq, total);
        long step = total > PROGRESS_THRESHOLD ? Math.max(1, (stop + 9) / 10) : Long.MAX_VALUE;
        long nextReport = step;
        SessionState state = new SessionState();
        long applied = 0;
        for (Recorded r : log) {
            if (applied >= stop) {
                break;
            }
            listener.before(r, state);
            try {
                state.apply(r);
            } catch (RuntimeException e) {
                throw new ReplayInputException("event " + r.seq() + " (" + typeOf(r) + ") cannot be folded: "
                        + (state.world() == null && r.seq() > 1 && !(r.event() instanceof org.entente.engine.event.ScenarioLoaded) ? "the log has no scenario.loaded event (is it a role's "
                        + "filtered export? only a full log replays)" : String.valueOf(e.getMessage())), applied + 1, -1);
            }
            applied++;
            listener.after(r, state);
            if (applied >= nextReport) {
                progress.at(applied, stop);
                nextReport += step;
            }
        }
        return new Result(state, applied, total, System.nanoTime() - start);
    }

    private static final java.util.Map<Class<?>, String> TYPE_NAMES = typeNames();

    /** The wire name of an event's type, e.g. {@code turn.adjudicated}. */
    public static String typeOf(Recorded r) {
        return typeOf(r.event());
    }

    public static String typeOf(org.entente.engine.event.Event e) {
        return TYPE_NAMES.getOrDefault(e.getClass(), e.getClass().getSimpleName());
    }

    private static java.util.Map<Class<?>, String> typeNames() {
        java.util.Map<Class<?>, String> names = new java.util.HashMap<>();
        var types = org.entente.engine.event.Event.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        for (var t : types.value()) {
            names.put(t.value(), t.name());
        }
        return java.util.Map.copyOf(names);
    }
}
