package org.entente.scenario;

import java.util.List;
import java.util.Map;

/**
 * A playable role.
 *
 * @param military     relative military power, 0..1
 * @param resources    aid units available per turn, ≥ 0
 * @param intelligence how accurate its estimates are, 0..1
 * @param threat       by adversary id: the threat that adversary poses to it
 * @param opportunity  by adversary or coalition id: the opportunity the war offers it (jackals), 0..1
 * @param affinity     by nation id: its standing affinity toward that nation, -1..1 (absent means 0)
 * @param objectives   its private objectives
 * @param briefing     private text for its players
 */
public record Nation(String id, String name, Regime regime, Aims aims, double military, int resources,
                     double intelligence, Map<String, Threat> threat, Map<String, Double> opportunity,
                     Map<String, Double> affinity, Preferences preferences, List<Objective> objectives,
                     Domestic domestic, String briefing) {

    public Nation {
        threat = Map.copyOf(threat);
        opportunity = Map.copyOf(opportunity);
        affinity = Map.copyOf(affinity);
        objectives = List.copyOf(objectives);
    }

    /** Its affinity toward another nation, 0 if the file gives none. */
    public double affinityToward(String nationId) {
        return affinity.getOrDefault(nationId, 0.0);
    }

    /** The threat an adversary poses to it: all zeros if the file gives none. */
    public Threat threatFrom(String adversaryId) {
        return threat.getOrDefault(adversaryId, new Threat(0, 0, 0, 0));
    }

    public double opportunityFrom(String id) {
        return opportunity.getOrDefault(id, 0.0);
    }
}
