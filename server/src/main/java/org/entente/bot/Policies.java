package org.entente.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The policies a bot can play, by name. */
public final class Policies {
    private static final Map<String, Supplier<Policy>> ALL = new LinkedHashMap<>();

    static {
        ALL.put(MotivatedAlly.NAME, MotivatedAlly::new);
        ALL.put(Indifferent.NAME, Indifferent::new);
        ALL.put(FreeRider.NAME, FreeRider::new);
        ALL.put(Repulsed.NAME, Repulsed::new);
        ALL.put(SmartLeader.NAME, SmartLeader::new);
        ALL.put(NeglectfulLeader.NAME, NeglectfulLeader::new);
        ALL.put(HeavyHandedLeader.NAME, HeavyHandedLeader::new);
        ALL.put(LightHandedLeader.NAME, LightHandedLeader::new);
        ALL.put(BurdenShiftingLeader.NAME, BurdenShiftingLeader::new);
    }

    private Policies() {
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Optional<Policy> create(String name) {
        Supplier<Policy> s = ALL.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }
}
