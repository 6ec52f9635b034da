package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.report.TurnReport;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.World;

/** Writes each nation's own report of the turn: true about itself, estimated about others. */
final class ReportWriter {
    private final World world;
    private final Estimates estimates;
    private final Adjudication truth;

    ReportWriter(World world, Estimates estimates, Adjudication truth) {
        this.world = world;
        this.estimates = estimates;
        this.truth = truth;
    }

    TurnReport reportFor(String nation) {
        NationOutcome self = truth.nations().stream().filter(o -> o.nation().equals(nation)).findFirst().orElseThrow();
        CoalitionStatus coalition = world.coalitionOf(nation).orElse(null);
        CoalitionOutcome war = coalition == null ? null
                : truth.coalitions().stream().filter(c -> c.coalition().equals(coalition.id())).findFirst().orElseThrow();
        List<EstimateLine> lines = new ArrayList<>();
        for (RelationshipJudgement j : truth.relationships()) {
            boolean mine = j.leader().equals(nation) || (j.partner().equals(nation) && coalitionMatters(j, nation));
            if (mine) {
                lines.add(estimates.estimate(nation, j));
            }
        }
        List<String> notes = new ArrayList<>();
        if (coalition != null && !nation.equals(coalition.leader())) {
            notes.add(String.format(Locale.ROOT, "Your forces fought at %.0f%% intensity%s.", 100 * self.intensity(),
                    self.intensity() >= 0.7 ? ": voluntary compliance is intense" : ": compliance bought or coerced is lax"));
        }
        if (war != null) {
            notes.add(String.format(Locale.ROOT, "The war moved from %.2f to %.2f (victory at %.2f).", war.progressBefore(),
                    war.progressAfter(), world.scenario().war().victoryAt()));
        }
        truth.burden().stream().filter(b -> b.nation().equals(nation) && !b.flag().isEmpty())
                .forEach(b -> notes.add(b.flag().equals("suckered")
                        ? "You are being suckered, " + b.turns() + " turns running: " + b.reason() + "."
                        : "The burden table flags you as free-riding, " + b.turns() + " turns running: " + b.reason() + "."));
        return new TurnReport(truth.turn(), nation, coalition == null ? null : coalition.id(),
                war == null ? 0 : war.progressAfter(), world.scenario().war().victoryAt(), self.contribution(), self.effective(),
                self.intensity(), world.nation(nation).budget(), lines,
                coalition == null ? List.of() : truth.burden().stream().filter(b -> b.coalition().equals(coalition.id())).toList(),
                truth.offers().stream().filter(o -> o.from().equals(nation) || o.to().equals(nation)).toList(),
                truth.adoptedDecisions(), notes);
    }

    /** A partner hears about a leader's pull on it only from coalitions it belongs to or is courted by in earnest. */
    private boolean coalitionMatters(RelationshipJudgement j, String nation) {
        CoalitionStatus c = world.coalitions().get(j.coalition());
        return c.hasMember(nation) || j.inputs().threat() > 0 || j.inputs().opportunity() > 0;
    }
}
