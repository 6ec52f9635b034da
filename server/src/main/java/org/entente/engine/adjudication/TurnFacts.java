package org.entente.engine.adjudication;

import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.turn.Orders;
import org.entente.engine.world.World;

/** What was actually done this turn, read from the orders: units delivered, threats carried out. */
final class TurnFacts {
    private final World world;
    private final int turn;

    TurnFacts(World world) {
        this.world = world;
        this.turn = world.clock().turn();
    }

    Orders orders(String nation) {
        return world.ordersOf(nation);
    }

    /** Units of one kind delivered from one nation to another this turn, on accepted offers. */
    double delivered(String from, String to, OfferKind kind) {
        double units = 0;
        for (Offer o : world.offers().values()) {
            if (o.turn() == turn && o.from().equals(from) && o.to().equals(to) && o.kind() == kind
                    && o.status() == OfferStatus.ACCEPTED) {
                units += orders(from).deliveries().getOrDefault(o.id(), 0);
            }
        }
        return units;
    }

    /** War-effort aid a nation received this turn, from everyone. */
    double warAidReceived(String nation) {
        double units = 0;
        for (String from : world.nations().keySet()) {
            if (!from.equals(nation)) {
                units += delivered(from, nation, OfferKind.AID);
            }
        }
        return units;
    }

    /** Everything a nation received this turn (aid and side-payments), by sender. */
    Map<String, Double> transfersReceived(String nation) {
        Map<String, Double> out = new TreeMap<>();
        for (String from : world.nations().keySet()) {
            double units = delivered(from, nation, OfferKind.AID) + delivered(from, nation, OfferKind.SIDE_PAYMENT);
            if (units > 0) {
                out.put(from, units);
            }
        }
        return out;
    }

    double transfersGiven(String nation) {
        double units = 0;
        for (String to : world.nations().keySet()) {
            if (!to.equals(nation)) {
                units += delivered(nation, to, OfferKind.AID) + delivered(nation, to, OfferKind.SIDE_PAYMENT);
            }
        }
        return units;
    }

    /** The coercion one nation put on another this turn: the most severe threat made, more if carried out. */
    double coercion(String from, String to) {
        double most = 0;
        for (Offer o : world.offers().values()) {
            if (o.turn() == turn && o.from().equals(from) && o.to().equals(to) && o.kind() == OfferKind.THREAT
                    && o.status() != OfferStatus.WITHDRAWN) {
                double c = o.severity() + (orders(from).carryOut().contains(o.id()) ? 0.2 : 0);
                most = Math.max(most, c);
            }
        }
        return Math.min(1, most);
    }

    /** How stringent the conditions on the inducements a leader deployed to a partner were (amount-weighted). */
    double conditionality(String from, String to) {
        double weighted = 0;
        double total = 0;
        for (Offer o : world.offers().values()) {
            if (o.turn() == turn && o.from().equals(from) && o.to().equals(to) && o.kind().transfers()
                    && o.status() == OfferStatus.ACCEPTED) {
                double stringency = Math.max(o.conditions().stringency(), o.conditions().requiredForces() == null ? 0 : 0.3);
                weighted += stringency * o.amount();
                total += o.amount();
            }
        }
        return total == 0 ? 0 : weighted / total;
    }

    boolean carriedOutAgainst(String from, String to) {
        return world.offers().values().stream().anyMatch(o -> o.turn() == turn && o.from().equals(from) && o.to().equals(to)
                && o.kind() == OfferKind.THREAT && orders(from).carryOut().contains(o.id()));
    }
}
