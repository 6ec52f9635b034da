package org.entente.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the generator observes, recorded from every lane at once: HdrHistogram {@link Recorder}s (in
 * microseconds) for end-to-end delivery latency, connection set-up and white-cell commands, and
 * counters. A step reads and resets them with {@link #interval()}.
 */
final class Metrics {
    /** Send (the time in the text) to receipt of the event, for every receiver. */
    final Recorder delivery = new Recorder(3_600_000_000L, 3);
    /** Socket opened to welcome received. */
    final Recorder connect = new Recorder(3_600_000_000L, 3);
    /** White-cell command (start, advance phase: adjudication included) sent to acknowledged. */
    final Recorder command = new Recorder(3_600_000_000L, 3);
    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder snapshots = new LongAdder();
    final LongAdder adjudications = new LongAdder();
    final Map<String, LongAdder> rejectCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    /** Where in a step the slow deliveries were sent, or null unless {@code --timeline true}. */
    Timeline timeline;

    void reject(String code) {
        rejected.increment();
        rejectCodes.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void error(String kind) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, c -> new LongAdder()).increment();
    }

    /** Counters since the last call and the latency histogram of the interval. */
    record Interval(long sent, long acked, long delivered, long rejected, long errors, long adjudications, Histogram latency,
                    Histogram commands) {
    }

    private long lastSent;
    private long lastAcked;
    private long lastDelivered;
    private long lastRejected;
    private long lastErrors;
    private long lastAdjudications;

    synchronized Interval interval() {
        long s = sent.sum();
        long a = acked.sum();
        long d = delivered.sum();
        long r = rejected.sum();
        long e = errors.sum();
        long j = adjudications.sum();
        Interval i = new Interval(s - lastSent, a - lastAcked, d - lastDelivered, r - lastRejected, e - lastErrors,
                j - lastAdjudications, delivery.getIntervalHistogram(), command.getIntervalHistogram());
        lastSent = s;
        lastAcked = a;
        lastDelivered = d;
        lastRejected = r;
        lastErrors = e;
        lastAdjudications = j;
        return i;
    }

    static Map<String, Long> sums(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
