package org.entente.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.ProposalResolved;
import org.entente.engine.council.Proposal;
import org.entente.engine.world.World;
import org.entente.scenario.Voting;

/** Counts the votes on every pending proposal when the council closes, under the scenario's rule. */
final class CouncilResolution {

    private CouncilResolution() {
    }

    static List<ProposalResolved> resolve(World w) {
        Voting rule = w.scenario().council().voting();
        String leader = w.councilCoalition().leader();
        List<ProposalResolved> out = new ArrayList<>();
        for (Proposal p : w.proposals().values()) {
            if (!p.pending() || p.turn() != w.clock().turn()) {
                continue;
            }
            int seated = w.seats().size();
            int yes = 0;
            int no = 0;
            for (String nation : w.seats()) {
                Boolean v = p.votes().get(nation);
                if (Boolean.TRUE.equals(v)) {
                    yes++;
                } else if (Boolean.FALSE.equals(v)) {
                    no++;
                }
            }
            boolean majority = yes * 2 > seated;
            boolean adopted = switch (rule) {
                case MAJORITY -> majority;
                case UNANIMITY -> yes == seated;
                case LEADER_VETO -> majority && Boolean.TRUE.equals(p.votes().get(leader));
            };
            out.add(new ProposalResolved(p.id(), adopted, yes, no, rule.yaml(), p.text()));
        }
        return out;
    }
}
