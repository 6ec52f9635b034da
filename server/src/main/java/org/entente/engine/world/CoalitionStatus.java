package org.entente.engine.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.scenario.Coalition;
import org.entente.scenario.Posture;

/** A coalition as the game stands: who is in it, where its aims lie, how its war is going. */
public final class CoalitionStatus {
    private final Coalition base;
    final List<String> members = new ArrayList<>();
    double conduct;
    double aims;
    double progress;

    CoalitionStatus(Coalition base, double conduct, double aims, double progress) {
        this.base = base;
        this.members.addAll(base.members());
        this.conduct = conduct;
        this.aims = aims;
        this.progress = progress;
    }

    public String id() {
        return base.id();
    }

    public String name() {
        return base.name();
    }

    public String leader() {
        return base.leader();
    }

    public Posture posture() {
        return base.posture();
    }

    public List<String> against() {
        return base.against();
    }

    public List<String> members() {
        return Collections.unmodifiableList(members);
    }

    public boolean hasMember(String nation) {
        return members.contains(nation);
    }

    /** The coalition's position on the conduct axis (0..1); it starts at the leader's. */
    public double conduct() {
        return conduct;
    }

    public double aims() {
        return aims;
    }

    public double on(String axis) {
        return "conduct".equals(axis) ? conduct : aims;
    }

    public double progress() {
        return progress;
    }
}
