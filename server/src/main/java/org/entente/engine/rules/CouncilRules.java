package org.entente.engine.rules;

import java.util.Map;
import org.entente.engine.Decision;
import org.entente.engine.Ids;
import org.entente.engine.command.Propose;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.TableItem;
import org.entente.engine.command.Vote;
import org.entente.engine.council.AgendaItem;
import org.entente.engine.council.Proposal;
import org.entente.engine.council.ProposalKind;
import org.entente.engine.event.AgendaItemTabled;
import org.entente.engine.event.ProposalMade;
import org.entente.engine.event.SeatChanged;
import org.entente.engine.event.VoteCast;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.World;

/** The combined-staff council: seats, the agenda, proposals and votes — the voice opportunities. */
final class CouncilRules {
    /** Items and proposals each member may table per turn: enough to be heard, too few to flood the council. */
    static final int PER_TURN = 3;

    private CouncilRules() {
    }

    static Decision seat(Move m, SetSeat c) {
        World w = m.world();
        String leader = w.councilCoalition().leader();
        if (!leader.equals(m.nation())) {
            return Decision.reject("LEADER_ONLY", null, "Only the coalition leader (" + leader + ") grants or withdraws seats on the "
                    + w.scenario().council().name() + ".");
        }
        Decision refused = Checks.inPhase(m, "change the council's seats", Phase.LOBBY, Phase.NEGOTIATION, Phase.COUNCIL,
                Phase.ORDERS, Phase.REPORTS);
        if (refused != null) {
            return refused;
        }
        if (w.nation(c.nation()) == null) {
            return Decision.reject("UNKNOWN_NATION", "nation", "There is no nation '" + c.nation() + "' in this session.");
        }
        if (c.nation().equals(leader) && !c.seated()) {
            return Decision.reject("LEADER_SEAT", "nation", "The leader keeps its own seat.");
        }
        if (w.seated(c.nation()) == c.seated()) {
            return Decision.reject("NO_CHANGE", "nation", c.nation() + (c.seated() ? " already has" : " has no") + " seat.");
        }
        return Decision.accept(new SeatChanged(c.nation(), c.seated()));
    }

    static Decision table(Move m, TableItem c) {
        Decision refused = OfferRules.firstOf(seatedMember(m),
                Checks.inPhase(m, "table agenda items", Phase.NEGOTIATION, Phase.COUNCIL));
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        long mine = w.agenda().stream().filter(i -> i.by().equals(m.nation()) && i.turn() == w.clock().turn()).count();
        if (mine >= PER_TURN) {
            return Decision.reject("LIMIT", null, "You have tabled " + PER_TURN + " items this turn, the most a member may.");
        }
        if (c.title().isBlank()) {
            return Decision.reject("MISSING_FIELD", "title", "An agenda item needs a title.");
        }
        String id = Ids.derive(w.seed(), "item", m.nextSeq());
        return Decision.accept(new AgendaItemTabled(new AgendaItem(id, w.clock().turn(), m.nation(), c.title(), c.text())));
    }

    static Decision propose(Move m, Propose c) {
        Decision refused = OfferRules.firstOf(seatedMember(m),
                Checks.inPhase(m, "make proposals", Phase.NEGOTIATION, Phase.COUNCIL));
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        if (w.agenda().stream().noneMatch(i -> i.id().equals(c.item()) && i.turn() == w.clock().turn())) {
            return Decision.reject("UNKNOWN_ITEM", "item", "There is no agenda item '" + c.item() + "' this turn: table one first.");
        }
        long mine = w.proposals().values().stream().filter(p -> p.by().equals(m.nation()) && p.turn() == w.clock().turn()).count();
        if (mine >= PER_TURN) {
            return Decision.reject("LIMIT", null, "You have made " + PER_TURN + " proposals this turn, the most a member may.");
        }
        if (c.kind() == ProposalKind.AIMS) {
            if (!"conduct".equals(c.axis()) && !"aims".equals(c.axis())) {
                return Decision.reject("INVALID_FIELD", "axis", "An aims proposal moves the 'conduct' or the 'aims' axis.");
            }
            if (c.toward() == null || c.toward() < 0 || c.toward() > 1) {
                return Decision.reject("INVALID_FIELD", "toward", "An aims proposal names a position from 0 to 1 to move toward.");
            }
        }
        if (c.kind() == ProposalKind.CONTRIBUTION && (c.minForces() == null || c.minForces() <= 0 || c.minForces() > 1)) {
            return Decision.reject("INVALID_FIELD", "minForces", "A contribution proposal names the share of forces (above 0, at most 1) each member must commit.");
        }
        String id = Ids.derive(w.seed(), "proposal", m.nextSeq());
        return Decision.accept(new ProposalMade(new Proposal(id, w.clock().turn(), m.nation(), c.item(), c.kind(), c.text(),
                c.kind() == ProposalKind.AIMS ? c.axis() : null, c.kind() == ProposalKind.AIMS ? c.toward() : null,
                c.kind() == ProposalKind.CONTRIBUTION ? c.minForces() : null, Map.of(m.nation(), true), "pending")));
    }

    static Decision vote(Move m, Vote c) {
        Decision refused = OfferRules.firstOf(seatedMember(m), Checks.inPhase(m, "vote", Phase.COUNCIL));
        if (refused != null) {
            return refused;
        }
        Proposal p = m.world().proposals().get(c.proposal());
        if (p == null || p.turn() != m.world().clock().turn()) {
            return Decision.reject("UNKNOWN_PROPOSAL", "proposal", "There is no proposal '" + c.proposal() + "' before the council this turn.");
        }
        if (!p.pending()) {
            return Decision.reject("PROPOSAL_CLOSED", "proposal", "Proposal '" + c.proposal() + "' has been " + p.status() + ".");
        }
        return Decision.accept(new VoteCast(p.id(), m.nation(), c.yes()));
    }

    private static Decision seatedMember(Move m) {
        Decision refused = Checks.nationsOnly(m);
        if (refused != null) {
            return refused;
        }
        return m.world().seated(m.nation()) ? null : Decision.reject("NO_SEAT", null, "Only nations seated on the "
                + m.world().scenario().council().name() + " table items, propose and vote; ask "
                + m.world().councilCoalition().leader() + " for a seat.");
    }
}
