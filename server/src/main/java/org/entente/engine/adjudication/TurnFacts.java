package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.turn.Orders;
import org.entente.engine.world.World;

/**
 * What was actually done this turn, read from the orders: units delivered, threats made and carried
 * out, conditions attached. Indexed once per adjudication, so that every question is a lookup
 * (a 40-nation turn asks tens of thousands of them).
 */
final class TurnFacts {
    private final World world;
    private final Map<String, Orders> orders = new HashMap<>();
    private final Map<String, Double> delivered = new HashMap<>();
    private final Map<String, Double> coercion = new HashMap<>();
    private final Map<String, double[]> conditions = new HashMap<>();
    private final Map<String, Boolean> carriedOut = new HashMap<>();
    private final Map<String, Map<String, Double>> receivedBySender = new HashMap<>();
    private final Map<String, Double> given = new HashMap<>();
    private final Map<String, Double> warAid = new HashMap<>();
    final List<Offer> thisTurn = new ArrayList<>();

    TurnFacts(World world) {
        this.world = world;
        int turn = world.clock().turn();
        for (Offer o : world.offers().values()) {
            if (o.turn() == turn) {
                thisTurn.add(o);
            }
        }
        for (Offer o : thisTurn) {
            String pair = o.from() + ">" + o.to();
            if (o.kind().transfers() && o.status() == OfferStatus.ACCEPTED) {
                double units = orders(o.from()).deliveries().getOrDefault(o.id(), 0);
                delivered.merge(pair + ">" + o.kind(), units, Double::sum);
                receivedBySender.computeIfAbsent(o.to(), k -> new TreeMap<>()).merge(o.from(), units, Double::sum);
                given.merge(o.from(), units, Double::sum);
                if (o.kind() == OfferKind.AID) {
                    warAid.merge(o.to(), units, Double::sum);
                }
                double stringency = Math.max(o.conditions().stringency(), o.conditions().requiredForces() == null ? 0 : 0.3);
                double[] c = conditions.computeIfAbsent(pair, k -> new double[2]);
                c[0] += stringency * o.amount();
                c[1] += o.amount();
            }
            if (o.kind() == OfferKind.THREAT && o.status() != OfferStatus.WITHDRAWN) {
                boolean carried = orders(o.from()).carryOut().contains(o.id());
                coercion.merge(pair, Math.min(1, o.severity() + (carried ? 0.2 : 0)), Math::max);
                if (carried) {
                    carriedOut.put(pair, true);
                }
            }
        }
    }

    Orders orders(String nation) {
        return orders.computeIfAbsent(nation, world::ordersOf);
    }

    /** Units of one kind delivered from one nation to another this turn, on accepted offers. */
    double delivered(String from, String to, OfferKind kind) {
        return delivered.getOrDefault(from + ">" + to + ">" + kind, 0.0);
    }

    /** War-effort aid a nation received this turn, from everyone. */
    double warAidReceived(String nation) {
        return warAid.getOrDefault(nation, 0.0);
    }

    /** Everything a nation received this turn (aid and side-payments), by sender. */
    Map<String, Double> transfersReceived(String nation) {
        return receivedBySender.getOrDefault(nation, Map.of());
    }

    double transfersGiven(String nation) {
        return given.getOrDefault(nation, 0.0);
    }

    /** The coercion one nation put on another this turn: the most severe threat made, more if carried out. */
    double coercion(String from, String to) {
        return coercion.getOrDefault(from + ">" + to, 0.0);
    }

    /** How stringent the conditions on the inducements a leader deployed to a partner were (amount-weighted). */
    double conditionality(String from, String to) {
        double[] c = conditions.get(from + ">" + to);
        return c == null || c[1] == 0 ? 0 : c[0] / c[1];
    }

    boolean carriedOutAgainst(String from, String to) {
        return carriedOut.getOrDefault(from + ">" + to, false);
    }
}
