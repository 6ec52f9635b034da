package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.turn.Orders;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * Burden-sharing in points: what each nation bore this turn (forces, money, access, aid and
 * side-payments given, threats carried out; war-effort aid it received and put to use is not its own
 * cost) against what the war itself gained it (relief from the threat as the war advanced). Transfers
 * received are not booked as a benefit: war-effort aid is a means of the common war, not a gain, and a
 * side-payment is the price of a partner's participation — booking either would make the framework's own
 * prescriptions look like the leader being suckered.
 *
 * <p>Flags are raised only when their condition persists ({@link #PERSISTENCE} turns in a row):
 * <ul>
 * <li>suckered: the leader carries more than 40% of the coalition's costs and at least 1.5 times its share
 * of the war's benefits, its costs exceed what the war gained it, and its partners together put in less
 * than half the share of their potential it puts in (they ride on it);</li>
 * <li>free-riding: a partner takes at least 1.5 times as large a share of the war's benefits as of its
 * costs while putting in less than half the coalition's average effort, or its contribution fell by more
 * than {@link #FALL} of what it was while the others' rose ("let the forest burn").</li>
 * </ul>
 */
final class Ledger {
    private final World world;
    private final Map<String, Double> costs = new TreeMap<>();
    private final Map<String, Double> benefits = new TreeMap<>();
    private final Map<String, Boolean> fellBack = new TreeMap<>();
    private final WarOutcome war;

    /** Turns in a row a burden condition must hold before it is flagged. */
    static final int PERSISTENCE = 2;
    /** A fall in contribution counts only beyond a tenth of what it was ... */
    static final double FALL = 0.10;
    /** ... and beyond 2 points (half a resource unit): noise is not free-riding. */
    static final double MIN_FALL_POINTS = 2;

    Ledger(World w, TurnFacts facts, WarOutcome war) {
        this.world = w;
        this.war = war;
        InputDerivation derive = new InputDerivation(w, facts);
        for (NationStatus n : w.nations().values()) {
            Orders o = facts.orders(n.id());
            CoalitionStatus c = w.coalitionOf(n.id()).orElse(null);
            double cost = facts.transfersGiven(n.id()) * WarEffort.POINTS_PER_UNIT
                    + o.carryOut().size() * WarEffort.POINTS_PER_UNIT;
            double benefit = 0;
            if (c != null) {
                cost += war.contribution(n.id()) - facts.warAidReceived(n.id()) * WarEffort.POINTS_PER_UNIT;
                benefit += Math.max(0, war.progressGain(c.id())) * derive.threat(n, c) * 100;
            }
            costs.put(n.id(), Math.max(0, cost));
            benefits.put(n.id(), benefit);
            double last = n.lastContribution();
            fellBack.put(n.id(), last - war.contribution(n.id()) > Math.max(MIN_FALL_POINTS, FALL * last));
        }
    }

    double costs(String nation) {
        return costs.getOrDefault(nation, 0.0);
    }

    double benefits(String nation) {
        return benefits.getOrDefault(nation, 0.0);
    }

    /** Each coalition member's cumulative shares, flagged where the shares are persistently out of line. */
    List<BurdenLine> burden(List<NationOutcome> outcomes) {
        Map<String, NationOutcome> byNation = new TreeMap<>();
        outcomes.forEach(o -> byNation.put(o.nation(), o));
        List<BurdenLine> lines = new ArrayList<>();
        for (CoalitionStatus c : world.coalitions().values()) {
            double totalCosts = c.members().stream().mapToDouble(m -> world.apportioned(m, byNation.get(m).costsTotal())).sum();
            double totalBenefits = c.members().stream().mapToDouble(m -> byNation.get(m).benefitsTotal()).sum();
            for (String m : c.members()) {
                NationOutcome o = byNation.get(m);
                double costShare = totalCosts == 0 ? 0 : world.apportioned(m, o.costsTotal()) / totalCosts;
                double benefitShare = totalBenefits == 0 ? 0 : o.benefitsTotal() / totalBenefits;
                String candidate = "";
                String reason = "";
                if (m.equals(c.leader())) {
                    double partners = partnersEffort(c);
                    if (costShare > 0.4 && costShare >= 1.5 * benefitShare && o.costsTotal() > o.benefitsTotal()
                            && partners < 0.5 * war.effort(m)) {
                        candidate = "suckered";
                        reason = String.format(Locale.ROOT, "you bear %.0f%% of the coalition's costs for %.0f%% of"
                                + " what the war has gained it (%.0f points of cost against %.0f of benefit), while your"
                                + " partners put in %.0f%% of their potential against your %.0f%%", 100 * costShare,
                                100 * benefitShare, o.costsTotal(), o.benefitsTotal(), 100 * partners, 100 * war.effort(m));
                    }
                } else if (benefitShare > 0.1 && benefitShare >= 1.5 * costShare
                        && war.effort(m) < 0.5 * averageEffort(c)) {
                    candidate = "free-riding";
                    reason = String.format(Locale.ROOT, "%s takes %.0f%% of what the war has gained the coalition but"
                            + " bears %.0f%% of its costs, putting in %.0f%% of its potential against an average of %.0f%%",
                            m, 100 * benefitShare, 100 * costShare, 100 * war.effort(m), 100 * averageEffort(c));
                } else if (fellBack.get(m) && othersRose(c, m, byNation)) {
                    candidate = "free-riding";
                    reason = String.format(Locale.ROOT, "%s's contribution fell from %.1f to %.1f points while the"
                            + " others' rose", m, world.nation(m).lastContribution(), war.contribution(m));
                }
                int turns = candidate.isEmpty() ? 0 : 1 + previousTurns(c.id(), m);
                String flag = turns >= PERSISTENCE ? candidate : "";
                lines.add(new BurdenLine(c.id(), m, round(costShare), round(benefitShare), flag, reason, turns));
            }
        }
        return lines;
    }

    /** How many turns in a row, up to last turn, the same condition held for this member. */
    private int previousTurns(String coalition, String nation) {
        List<Adjudication> past = world.adjudications();
        if (past.isEmpty()) {
            return 0;
        }
        for (BurdenLine b : past.get(past.size() - 1).burden()) {
            if (b.coalition().equals(coalition) && b.nation().equals(nation)) {
                // A leader can only be suckered and a partner only free-ride, so a running count is the same condition.
                return b.turns();
            }
        }
        return 0;
    }

    /** The partners' share of their potential put in, all together. */
    private double partnersEffort(CoalitionStatus c) {
        return c.members().stream().filter(m -> !m.equals(c.leader())).mapToDouble(war::effort).average().orElse(0);
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
