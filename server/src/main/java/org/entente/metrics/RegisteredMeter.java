package org.entente.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.micrometer.backends.BackendRegistries;
import java.util.function.Function;

/**
 * A meter registered once and then reused: registering looks the meter up by name and tags, and the journal's
 * timer and the event counter are hit on every batch. The meter is registered again only when the node's
 * registry is a new one (a Vert.x with metrics started again, as in tests).
 */
final class RegisteredMeter<M extends Meter> {
    private record Bound<M>(MeterRegistry registry, M meter) {
    }

    private final Function<MeterRegistry, M> register;
    private volatile Bound<M> bound;

    RegisteredMeter(Function<MeterRegistry, M> register) {
        this.register = register;
    }

    /** The meter in the node's registry, or null when metrics are off. */
    M get() {
        MeterRegistry registry = BackendRegistries.getNow(NodeMetrics.REGISTRY);
        if (registry == null) {
            return null;
        }
        Bound<M> b = bound;
        if (b == null || b.registry() != registry) {
            b = new Bound<>(registry, register.apply(registry));
            bound = b;
        }
        return b.meter();
    }
}
