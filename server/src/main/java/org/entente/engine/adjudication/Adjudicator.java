package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.council.Proposal;
import org.entente.engine.event.Event;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/**
 * Adjudicates a turn when the orders phase closes: derives each leader–partner relationship's
 * inputs from the game, asks the framework for its judgement, and applies it — compliance intensity
 * scales each partner's contribution, the coalition's effectiveness moves its war, costs and
 * benefits are booked, resentment and goodwill move affinities, promises are settled. Pure: the
 * same world gives the same events, to the last digit.
 */
public final class Adjudicator {
    private static final Judge JUDGE = new FrameworkJudge();

    private final World world;
    private final TurnFacts facts;
    private final InputDerivation inputs;
    private final Map<String, RelationshipJudgement> byPair = new LinkedHashMap<>();
    private final InputAdjustment adjustment;

    private Adjudicator(World world, InputAdjustment adjustment) {
        this.world = world;
        this.adjustment = adjustment;
        this.facts = new TurnFacts(world);
        this.inputs = new InputDerivation(world, facts);
    }

    /** The framework the adjudicator asks: the same engine as the analyze command and endpoint. */
    static Judge judge() {
        return JUDGE;
    }

    public static List<Event> adjudicate(World world) {
        return new Adjudicator(world, InputAdjustment.NONE).run();
    }

    /** The same adjudication with some relationships' derived inputs changed first: a "what if", never recorded. */
    public static List<Event> adjudicate(World world, InputAdjustment adjustment) {
        return new Adjudicator(world, adjustment).run();
    }

    private List<Event> run() {
        List<RelationshipJudgement> relationships = judgeRelationships();
        OfferSettlement settlement = new OfferSettlement(world, facts);
        WarOutcome war = WarOutcome.of(world, facts, byPair);
        Ledger ledger = new Ledger(world, facts, war);
        List<NationOutcome> nations = new ArrayList<>();
        for (NationStatus n : world.nations().values()) {
            nations.add(new NationOutcome(n.id(), world.coalitionOf(n.id()).map(CoalitionStatus::id).orElse(null),
                    round(war.contribution(n.id())), round(war.effective(n.id())), round(war.intensity(n.id())),
                    round(ledger.costs(n.id())), round(ledger.benefits(n.id())),
                    round(n.costs() + ledger.costs(n.id())), round(n.benefits() + ledger.benefits(n.id())),
                    Resentment.affinityAfter(world, n, relationships, settlement, facts),
                    round(voiceAfter(n.id())), world.seated(n.id()), aidReceivedAfter(n)));
        }
        List<String> decisions = world.proposals().values().stream()
                .filter(p -> p.turn() == world.clock().turn() && p.adopted()).map(Adjudicator::describe).toList();
        Adjudication adjudication = new Adjudication(world.clock().turn(), relationships, nations, war.outcomes(),
                settlement.outcomes, ledger.burden(nations), decisions);
        List<Event> events = new ArrayList<>();
        events.add(new TurnAdjudicated(adjudication));
        ReportWriter reports = new ReportWriter(world, new Estimates(world, judge()), adjudication);
        for (NationStatus n : world.nations().values()) {
            events.add(new TurnReported(reports.reportFor(n.id())));
        }
        return events;
    }

    private List<RelationshipJudgement> judgeRelationships() {
        List<RelationshipJudgement> out = new ArrayList<>();
        for (CoalitionStatus c : world.coalitions().values()) {
            for (NationStatus p : world.nations().values()) {
                if (p.id().equals(c.leader())) {
                    continue;
                }
                Relationship r = new Relationship(c, c.leader(), p.id());
                RelationshipInputs in = adjustment.adjust(c.id(), p.id(), inputs.derive(r));
                Judge.Verdict v = StanceRuling.apply(world, c, p.id(), in,
                        judge().judge(c.leader(), p.id(), in, world.scenario().bands()));
                RelationshipJudgement j = new RelationshipJudgement(c.id(), c.leader(), p.id(), in, v.softPower(),
                        v.recommended(), v.failure(), v.compliance(), v.intensity(), v.explanation(),
                        StanceRuling.declared(world, c.id(), p.id()));
                out.add(j);
                byPair.put(c.id() + ">" + p.id(), j);
            }
        }
        return out;
    }

    /** The voice a nation has had from the council's coalition, remembered for the next turn. */
    private double voiceAfter(String nation) {
        RelationshipJudgement j = byPair.get(world.councilCoalition().id() + ">" + nation);
        return j == null ? world.nation(nation).voice() : j.inputs().voice();
    }

    private Map<String, Double> aidReceivedAfter(NationStatus n) {
        Map<String, Double> after = new TreeMap<>();
        Map<String, Double> thisTurn = facts.transfersReceived(n.id());
        for (String from : world.nations().keySet()) {
            double total = n.aidReceivedFrom(from) + thisTurn.getOrDefault(from, 0.0);
            if (total > 0) {
                after.put(from, total);
            }
        }
        return after;
    }

    private static String describe(Proposal p) {
        return switch (p.kind()) {
            case AIMS -> "Adopted: move the coalition's " + p.axis() + " toward " + p.toward() + " (proposed by " + p.by() + ")"
                    + (p.text() == null || p.text().isBlank() ? "." : ": " + p.text());
            case CONTRIBUTION -> "Adopted: every member commits at least " + p.minForces() + " of its forces (proposed by "
                    + p.by() + ")" + (p.text() == null || p.text().isBlank() ? "." : ": " + p.text());
            case RESOLUTION -> "Adopted resolution by " + p.by() + ": " + p.text();
        };
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
