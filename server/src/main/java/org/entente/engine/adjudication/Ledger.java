package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.turn.Orders;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * Burden-sharing in points: what each nation bore this turn (forces, money, access, aid and
 * side-payments given, threats carried out) against what it gained (relief from the threat as the
 * war advanced, and what others gave it). Over the exercise, a leader bearing far more than its
 * share of the benefits is being suckered; a partner taking far more than it bears is free-riding.
 */
final class Ledger {
    private final World world;
    private final Map<String, Double> costs = new TreeMap<>();
    private final Map<String, Double> benefits = new TreeMap<>();
    private final Map<String, Boolean> fellBack = new TreeMap<>();
    private final WarOutcome war;

    Ledger(World w, TurnFacts facts, WarOutcome war) {
        this.world = w;
        this.war = war;
        InputDerivation derive = new InputDerivation(w, facts);
        for (NationStatus n : w.nations().values()) {
            Orders o = facts.orders(n.id());
            CoalitionStatus c = w.coalitionOf(n.id()).orElse(null);
            double cost = facts.transfersGiven(n.id()) * WarEffort.POINTS_PER_UNIT
                    + o.carryOut().size() * WarEffort.POINTS_PER_UNIT;
            double benefit = facts.transfersReceived(n.id()).values().stream().mapToDouble(Double::doubleValue).sum()
                    * WarEffort.POINTS_PER_UNIT;
            if (c != null) {
                cost += war.contribution(n.id()) - facts.warAidReceived(n.id()) * WarEffort.POINTS_PER_UNIT;
                benefit += Math.max(0, war.progressGain(c.id())) * derive.threat(n, c) * 100;
            }
            costs.put(n.id(), Math.max(0, cost));
            benefits.put(n.id(), benefit);
            fellBack.put(n.id(), war.contribution(n.id()) + 1e-9 < n.lastContribution());
        }
    }

    double costs(String nation) {
        return costs.getOrDefault(nation, 0.0);
    }

    double benefits(String nation) {
        return benefits.getOrDefault(nation, 0.0);
    }

    /** Each coalition member's cumulative shares, flagged where the shares are badly out of line. */
    List<BurdenLine> burden(List<NationOutcome> outcomes) {
        Map<String, NationOutcome> byNation = new TreeMap<>();
        outcomes.forEach(o -> byNation.put(o.nation(), o));
        List<BurdenLine> lines = new ArrayList<>();
        for (CoalitionStatus c : world.coalitions().values()) {
            double totalCosts = c.members().stream().mapToDouble(m -> byNation.get(m).costsTotal()).sum();
            double totalBenefits = c.members().stream().mapToDouble(m -> byNation.get(m).benefitsTotal()).sum();
            for (String m : c.members()) {
                double costShare = totalCosts == 0 ? 0 : byNation.get(m).costsTotal() / totalCosts;
                double benefitShare = totalBenefits == 0 ? 0 : byNation.get(m).benefitsTotal() / totalBenefits;
                String flag = "";
                if (m.equals(c.leader()) && costShare > 0.4 && costShare >= 1.5 * benefitShare) {
                    flag = "suckered";
                } else if (!m.equals(c.leader()) && benefitShare > 0.1 && benefitShare >= 1.5 * costShare
                        && war.effort(m) < 0.5 * averageEffort(c)) {
                    flag = "free-riding";
                } else if (!m.equals(c.leader()) && fellBack.get(m) && othersRose(c, m, byNation)) {
                    flag = "free-riding";
                }
                lines.add(new BurdenLine(c.id(), m, round(costShare), round(benefitShare), flag));
            }
        }
        return lines;
    }

    private double averageEffort(CoalitionStatus c) {
        return c.members().stream().mapToDouble(war::effort).average().orElse(0);
    }

    /** Whether the other members together put in more this turn than last: the forest burns, others fight it. */
    private boolean othersRose(CoalitionStatus c, String nation, Map<String, NationOutcome> byNation) {
        double now = 0;
        double before = 0;
        for (String m : c.members()) {
            if (!m.equals(nation)) {
                now += byNation.get(m).contribution();
                before += world.nation(m).lastContribution();
            }
        }
        return now > before + 1e-9;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
