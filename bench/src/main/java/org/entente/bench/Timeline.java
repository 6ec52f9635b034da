package org.entente.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where in a step the slow deliveries were sent ({@code --timeline true}): per second of sending, how many
 * deliveries took longer than the bound and the slowest; and when each phase began, as the white cells saw it.
 * It tells a tail caused by phase changes from one spread over the step.
 */
final class Timeline {
    private record Second(LongAdder slow, LongAccumulator max) {
    }

    private final long boundMicros;
    private final ConcurrentSkipListMap<Long, Second> seconds = new ConcurrentSkipListMap<>();
    private final Map<Long, String> phases = new ConcurrentHashMap<>();

    Timeline(double boundMs) {
        this.boundMicros = (long) (boundMs * 1000);
    }

    void delivered(long sentAtNanos, long latencyMicros) {
        if (latencyMicros > boundMicros) {
            Second s = seconds.computeIfAbsent(sentAtNanos / 1_000_000_000L,
                    k -> new Second(new LongAdder(), new LongAccumulator(Math::max, 0)));
            s.slow.increment();
            s.max.accumulate(latencyMicros);
        }
    }

    /** A white cell saw a phase begin. */
    void phaseChange(long atNanos, String phase) {
        phases.putIfAbsent(atNanos / 1_000_000_000L, phase);
    }

    /** The step's seconds with slow deliveries or a phase change, relative to {@code startNanos}; then forgets them. */
    String report(long startNanos) {
        long start = startNanos / 1_000_000_000L;
        TreeMap<Long, String> lines = new TreeMap<>();
        phases.forEach((sec, phase) -> {
            if (!phase.equals(phases.get(sec - 1))) {
                long last = sec;
                while (phase.equals(phases.get(last + 1))) {
                    last++;
                }
                lines.merge(sec, phase + " began (the white cells saw it over " + (last - sec + 1) + " s)", (a, b) -> a + "; " + b);
            }
        });
        seconds.forEach((sec, s) -> lines.merge(sec, s.slow.sum() + " deliveries over the bound, slowest "
                + Math.round(s.max.get() / 1000.0) + " ms", (a, b) -> a + "; " + b));
        seconds.clear();
        phases.clear();
        StringBuilder out = new StringBuilder();
        lines.forEach((sec, text) -> {
            if (sec >= start) {
                out.append("    t+").append(sec - start).append(" s: ").append(text).append('\n');
            }
        });
        return out.toString();
    }
}
