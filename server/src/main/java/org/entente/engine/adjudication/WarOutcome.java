package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * How each coalition fought this turn: every member's contribution, what it was worth at its
 * compliance intensity, and the progress of the coalition's war that followed.
 */
final class WarOutcome {
    private final Map<String, Double> contribution = new TreeMap<>();
    private final Map<String, Double> effective = new TreeMap<>();
    private final Map<String, Double> intensity = new TreeMap<>();
    private final Map<String, Double> progressGain = new TreeMap<>();
    private final Map<String, Double> effort = new TreeMap<>();
    private final List<CoalitionOutcome> outcomes = new ArrayList<>();

    static WarOutcome of(World w, TurnFacts facts, Map<String, RelationshipJudgement> judgements) {
        WarOutcome out = new WarOutcome();
        double rate = rate(w);
        for (CoalitionStatus c : w.coalitions().values()) {
            double leaderEffort = 0;
            double partnersEffective = 0;
            double partnersPotential = 0;
            for (String member : c.members()) {
                if (out.contribution.containsKey(member)) {
                    // a nation fights in the first coalition it belongs to; a leader's enablers (command,
                    // intelligence, logistics) serve every coalition it leads, so its effort counts in each
                    if (member.equals(c.leader())) {
                        leaderEffort = out.effort.get(member);
                    }
                    continue;
                }
                NationStatus n = w.nation(member);
                boolean leads = member.equals(c.leader());
                WarEffort effort = WarEffort.of(n, facts.orders(member), facts.warAidReceived(member),
                        leads ? aidGiven(w, facts, member) : 0);
                RelationshipJudgement j = judgements.get(c.id() + ">" + member);
                double intensity = leads || j == null ? 1.0 : j.intensity();
                double integration = leads || j == null ? 1.0
                        : WarEffort.integration(j.inputs().bolstering(), j.inputs().voice());
                double worth = leads ? effort.contribution()
                        : WarEffort.effective(effort.contribution(), intensity) * integration;
                // the aid it gave is booked once, as a transfer (Ledger), not again as its own contribution
                out.contribution.put(member, effort.contribution() - (leads ? aidGiven(w, facts, member) * WarEffort.POINTS_PER_UNIT : 0));
                out.effective.put(member, worth);
                out.intensity.put(member, intensity);
                out.effort.put(member, effort.potential() == 0 ? 0 : effort.contribution() / effort.potential());
                if (leads) {
                    leaderEffort = effort.potential() == 0 ? 0 : effort.contribution() / effort.potential();
                } else {
                    partnersEffective += worth;
                    partnersPotential += effort.potential();
                }
            }
            double partnersEffort = partnersPotential == 0 ? 0 : partnersEffective / partnersPotential;
            double effectiveness = WarEffort.effectiveness(Math.min(1, leaderEffort), Math.min(1, partnersEffort));
            double strength = c.against().stream().mapToDouble(w::adversaryStrength).average().orElse(0);
            double before = c.progress();
            double after = Math.max(0, Math.min(1, before + rate * (effectiveness - 0.5 * strength)));
            out.progressGain.put(c.id(), after - before);
            out.outcomes.add(new CoalitionOutcome(c.id(), round(leaderEffort), round(partnersEffort), round(effectiveness),
                    round(strength), round(before), round(after), after >= w.scenario().war().victoryAt(),
                    shortfall(leaderEffort, partnersEffort)));
        }
        return out;
    }

    /**
     * Which half of mutual indispensability is missing, if either: the leader's enablers ("leader":
     * it holds back and shifts the burden onto its partners) or the partners' forces ("partners":
     * they are not in the fight, or not integrated into it). Empty when both are there.
     */
    static String shortfall(double leaderEffort, double partnersEffort) {
        if (leaderEffort < 0.5) {
            return "leader";
        }
        if (partnersEffort < 0.25) {
            return "partners";
        }
        return "";
    }

    /**
     * How fast a war moves: set so that a coalition fighting at an effectiveness of 0.6 against the
     * adversaries' initial strength reaches victory in the scenario's number of turns — what a leader at
     * full effort reaches with partners putting in about a third of theirs, willingly and inside its plans.
     */
    static final double REFERENCE_EFFECTIVENESS = 0.6;

    static double rate(World w) {
        double start = w.scenario().war().progress();
        double initialStrength = w.scenario().adversaries().stream().mapToDouble(a -> a.strength()).average().orElse(0);
        double margin = Math.max(0.1, REFERENCE_EFFECTIVENESS - 0.5 * initialStrength);
        return (w.scenario().war().victoryAt() - start) / (margin * w.scenario().turns().count());
    }

    /** War-effort aid the leader delivered this turn: its enablers, counted in its own effort. */
    private static double aidGiven(World w, TurnFacts facts, String leader) {
        double units = 0;
        for (String other : w.nations().keySet()) {
            units += facts.delivered(leader, other, org.entente.engine.offer.OfferKind.AID);
        }
        return units;
    }

    /** The share of its potential a nation put in this turn (its effort), 0..1. */
    double effort(String nation) {
        return effort.getOrDefault(nation, 0.0);
    }

    double contribution(String nation) {
        return contribution.getOrDefault(nation, 0.0);
    }

    double effective(String nation) {
        return effective.getOrDefault(nation, 0.0);
    }

    double intensity(String nation) {
        return intensity.getOrDefault(nation, 0.0);
    }

    double progressGain(String coalition) {
        return progressGain.getOrDefault(coalition, 0.0);
    }

    List<CoalitionOutcome> outcomes() {
        return outcomes;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
