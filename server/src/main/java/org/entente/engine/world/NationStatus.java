package org.entente.engine.world;

import java.util.Map;
import java.util.TreeMap;
import org.entente.scenario.Nation;
import org.entente.scenario.Threat;

/**
 * A nation's figures as the game stands: they start from the scenario and change with crises,
 * adjudication and the facilitator's overrides. Maps are sorted so that every pass over them is in
 * the same order on every run.
 */
public final class NationStatus {
    private final Nation base;
    double military;
    int resources;
    double extraction;
    double maxConditionality;
    double publicSupport;
    double conduct;
    double aims;
    final Map<String, Threat> threat = new TreeMap<>();
    final Map<String, Double> opportunity = new TreeMap<>();
    final Map<String, Double> affinity = new TreeMap<>();
    double voice;
    int seatTurns;
    double costs;
    double benefits;
    final Map<String, Double> aidReceivedFrom = new TreeMap<>();
    double lastContribution;
    boolean governmentFell;

    NationStatus(Nation base) {
        this.base = base;
        this.military = base.military();
        this.resources = base.resources();
        this.extraction = base.domestic().extraction();
        this.maxConditionality = base.domestic().maxConditionality();
        this.publicSupport = base.domestic().publicSupport();
        this.conduct = base.preferences().conduct();
        this.aims = base.preferences().aims();
        threat.putAll(base.threat());
        opportunity.putAll(base.opportunity());
        affinity.putAll(base.affinity());
    }

    public Nation base() {
        return base;
    }

    public String id() {
        return base.id();
    }

    public double military() {
        return military;
    }

    public int resources() {
        return resources;
    }

    public double extraction() {
        return extraction;
    }

    /** The resource units its government can put to the war this turn. */
    public int budget() {
        return (int) Math.round(resources * extraction);
    }

    public double maxConditionality() {
        return maxConditionality;
    }

    public double publicSupport() {
        return publicSupport;
    }

    public double conduct() {
        return conduct;
    }

    public double aims() {
        return aims;
    }

    public Threat threatFrom(String adversary) {
        return threat.getOrDefault(adversary, new Threat(0, 0, 0, 0));
    }

    public double opportunityFrom(String id) {
        return opportunity.getOrDefault(id, 0.0);
    }

    public double affinityToward(String nation) {
        return affinity.getOrDefault(nation, 0.0);
    }

    public Map<String, Double> affinities() {
        return java.util.Collections.unmodifiableMap(affinity);
    }

    public double intelligence() {
        return base.intelligence();
    }

    /** Voice the nation has been given, remembered across turns (see docs/rules.md). */
    public double voice() {
        return voice;
    }

    public int seatTurns() {
        return seatTurns;
    }

    public double costs() {
        return costs;
    }

    public double benefits() {
        return benefits;
    }

    public double aidReceived() {
        return aidReceivedFrom.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double aidReceivedFrom(String nation) {
        return aidReceivedFrom.getOrDefault(nation, 0.0);
    }

    public double lastContribution() {
        return lastContribution;
    }
}
