package org.entente.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.micrometer.backends.BackendRegistries;

/**
 * This node's metrics, scraped by Prometheus at {@code /metrics}: Vert.x's own (HTTP and websocket
 * connections, requests, event bus) and Entente's — events journaled, commands accepted and refused,
 * failovers taken over (docs/operations.md lists what to watch).
 */
public final class NodeMetrics {
    public static final String REGISTRY = "entente";

    private NodeMetrics() {
    }

    /** Vert.x options that turn the metrics on, for every Vert.x the node builds (single or clustered). */
    public static VertxOptions vertxOptions() {
        return new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
                .setRegistryName(REGISTRY).setJvmMetricsEnabled(true)
                .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
    }

    /** What the node holds for its clients (bytes waiting to be read) and how many it has dropped to protect itself. */
    public static void clientQueues(java.util.function.LongSupplier heldBytes, java.util.function.LongSupplier shed,
                                    java.util.function.LongSupplier tooSlow) {
        MeterRegistry registry = BackendRegistries.getNow(REGISTRY);
        if (registry == null) {
            return;
        }
        // Micrometer holds what it measures weakly: these suppliers are kept alive by the registry's strong references.
        io.micrometer.core.instrument.Gauge.builder("entente.client.queued.bytes", heldBytes, LongSupplierValue::of)
                .strongReference(true).description("bytes written to clients and not yet taken by the network").register(registry);
        KEPT.add(shed);
        KEPT.add(tooSlow);
        io.micrometer.core.instrument.FunctionCounter.builder("entente.clients.shed", shed, LongSupplierValue::of)
                .description("clients dropped because the node held too much for them").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("entente.clients.too.slow", tooSlow, LongSupplierValue::of)
                .description("clients dropped because they alone held more than maxQueuedBytes").register(registry);
    }

    /** Adjudications and view refreshes waiting for the node's bulk lane: high while many sessions change phase at once. */
    public static void bulkWaiting(java.util.function.LongSupplier waiting) {
        MeterRegistry registry = BackendRegistries.getNow(REGISTRY);
        if (registry == null) {
            return;
        }
        io.micrometer.core.instrument.Gauge.builder("entente.bulk.waiting", waiting, LongSupplierValue::of)
                .strongReference(true).description("phase changes (adjudications, view refreshes) waiting for the bulk lane")
                .register(registry);
    }

    /** Times this node stopped hosting a session because its writes were fenced off or it lost the majority (cluster mode). */
    public static void fencedWrites(java.util.function.LongSupplier count) {
        MeterRegistry registry = BackendRegistries.getNow(REGISTRY);
        if (registry == null) {
            return;
        }
        KEPT.add(count);
        io.micrometer.core.instrument.FunctionCounter.builder("entente.fenced.writes", count, LongSupplierValue::of)
                .description("times this node stopped hosting a session: its writes were fenced off by a newer owner, "
                        + "or it lost the majority").register(registry);
    }

    private static final java.util.List<Object> KEPT = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final class LongSupplierValue {
        static double of(java.util.function.LongSupplier s) {
            return s.getAsLong();
        }
    }

    private static final RegisteredMeter<Counter> EVENTS = counter("entente.events", "events appended to session journals");
    private static final RegisteredMeter<Counter> ACCEPTED = counter("entente.commands.accepted", "commands accepted");
    private static final RegisteredMeter<Counter> REFUSED = counter("entente.commands.refused", "commands refused (with a rejection)");
    private static final RegisteredMeter<Counter> FAILOVERS = counter("entente.failovers", "sessions this node took over from a failed owner");

    public static void events(int n) {
        Counter c = EVENTS.get();
        if (c != null) {
            c.increment(n);
        }
    }

    /** The buckets of {@code entente_journal_sync_seconds}: a disk that keeps players waiting shows from 20 ms up. */
    private static final java.time.Duration[] SYNC_BUCKETS = java.util.stream.LongStream.of(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
            .mapToObj(java.time.Duration::ofMillis).toArray(java.time.Duration[]::new);

    /**
     * How long one group commit took to become durable (the fsync; in a cluster, the majority's acknowledgement
     * too): every command of the batch waited that long before its acknowledgement and its events went out.
     */
    public static void journalSync(long nanos) {
        io.micrometer.core.instrument.Timer t = JOURNAL_SYNC.get();
        if (t != null) {
            t.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static final RegisteredMeter<io.micrometer.core.instrument.Timer> JOURNAL_SYNC = new RegisteredMeter<>(
            registry -> io.micrometer.core.instrument.Timer.builder("entente.journal.sync")
                    .description("time for a batch of commands to become durable before anything of it is sent")
                    .serviceLevelObjectives(SYNC_BUCKETS).register(registry));

    public static void command(boolean accepted) {
        Counter c = (accepted ? ACCEPTED : REFUSED).get();
        if (c != null) {
            c.increment();
        }
    }

    public static void failover() {
        Counter c = FAILOVERS.get();
        if (c != null) {
            c.increment();
        }
    }

    private static RegisteredMeter<Counter> counter(String name, String description) {
        return new RegisteredMeter<>(registry -> Counter.builder(name).description(description).register(registry));
    }
}
