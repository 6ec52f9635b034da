package org.entente.engine.rules;

import java.util.Map;
import org.entente.engine.Decision;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.council.Proposal;
import org.entente.engine.council.ProposalKind;
import org.entente.engine.event.MembershipChanged;
import org.entente.engine.event.OrdersSubmitted;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.World;

/** Orders (forces, money, access, deliveries, threats carried out) and coalition membership. */
final class OrderRules {
    /** Resource units it costs to carry out a threat: coercion is not free. */
    static final int THREAT_COST = 1;

    private OrderRules() {
    }

    static Decision submit(Move m, SubmitOrders c) {
        Decision refused = OfferRules.firstOf(Checks.nationsOnly(m), Checks.inPhase(m, "give orders", Phase.ORDERS));
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        Orders o = c.orders();
        for (Map.Entry<String, Integer> d : o.deliveries().entrySet()) {
            Offer offer = w.offer(d.getKey()).filter(x -> x.from().equals(m.nation())).orElse(null);
            String field = "deliveries." + d.getKey();
            if (offer == null) {
                return Decision.reject("UNKNOWN_OFFER", field, "You have made no offer '" + d.getKey() + "'.");
            }
            if (!offer.kind().transfers() || offer.status() != OfferStatus.ACCEPTED || offer.turn() != w.clock().turn()) {
                return Decision.reject("NOTHING_TO_DELIVER", field, "Only aid and side-payments accepted this turn are delivered; '"
                        + d.getKey() + "' is a " + offer.kind().wireName() + " that is " + offer.status().wireName() + ".");
            }
            if (d.getValue() < 0 || d.getValue() > offer.amount()) {
                return Decision.reject("INVALID_FIELD", field, "Deliver from 0 to the " + (int) offer.amount() + " unit(s) you promised.");
            }
        }
        for (String threat : o.carryOut()) {
            Offer offer = w.offer(threat).filter(x -> x.from().equals(m.nation())).orElse(null);
            if (offer == null || offer.kind() != OfferKind.THREAT || offer.status() != OfferStatus.REJECTED
                    || offer.turn() != w.clock().turn()) {
                return Decision.reject("NOTHING_TO_CARRY_OUT", "carryOut", "Only a threat of yours rejected this turn can be carried out; '"
                        + threat + "' is not one.");
            }
        }
        for (Map.Entry<String, Double> a : o.assessments().entrySet()) {
            if (w.nation(a.getKey()) == null) {
                return Decision.reject("UNKNOWN_NATION", "assessments." + a.getKey(), "There is no nation '" + a.getKey() + "'.");
            }
        }
        int budget = w.nation(m.nation()).budget();
        int spent = o.unitsSpent(THREAT_COST);
        if (spent > budget) {
            return Decision.reject("BEYOND_RESOURCES", "money", "These orders spend " + spent + " unit(s) (money, deliveries, threats carried out at "
                    + THREAT_COST + " each); your government can extract " + budget + " this turn.");
        }
        CoalitionStatus council = w.councilCoalition();
        if (council.hasMember(m.nation())) {
            for (Proposal p : w.proposals().values()) {
                if (p.adopted() && p.kind() == ProposalKind.CONTRIBUTION && p.turn() == w.clock().turn() && o.forces() + 1e-9 < p.minForces()) {
                    return Decision.reject("COUNCIL_DECISION", "forces", "The " + w.scenario().council().name() + " decided that every member commits at least "
                            + p.minForces() + " of its forces this turn; these orders commit " + o.forces() + ".");
                }
            }
        }
        return Decision.accept(new OrdersSubmitted(m.nation(), o));
    }

    static Decision membership(Move m, ChangeMembership c) {
        Decision refused = OfferRules.firstOf(Checks.nationsOnly(m),
                Checks.inPhase(m, c.member() ? "join a coalition" : "leave a coalition", Phase.NEGOTIATION, Phase.COUNCIL, Phase.ORDERS));
        if (refused != null) {
            return refused;
        }
        CoalitionStatus coalition = m.world().coalitions().get(c.coalition());
        if (coalition == null) {
            return Decision.reject("UNKNOWN_COALITION", "coalition", "There is no coalition '" + c.coalition() + "'.");
        }
        if (coalition.hasMember(m.nation()) == c.member()) {
            return Decision.reject("NO_CHANGE", "coalition", "You are " + (c.member() ? "already" : "not") + " a member of " + coalition.name() + ".");
        }
        if (!c.member() && coalition.leader().equals(m.nation())) {
            return Decision.reject("LEADER_STAYS", "coalition", "The leader cannot leave the coalition it leads.");
        }
        return Decision.accept(new MembershipChanged(m.nation(), coalition.id(), c.member()));
    }
}
