package org.entente.engine.offer;

/**
 * An offer, threat or request from one nation to another, and what became of it.
 *
 * @param amount     resource units offered (aid, side-payment), or the share of forces requested (request)
 * @param severity   for threats, 0..1: how much the sender threatens to do
 * @param form       what it consists of, in the sender's words (e.g. "materiel", "trade terms", "sanctions")
 * @param demand     for threats and requests, what the recipient is to do
 * @param counterOf  the offer this one answers, if it is a counter-offer
 * @param delivered  units actually delivered (aid, side-payment) once the orders are in
 */
public record Offer(String id, int turn, String from, String to, OfferKind kind, String form, double amount,
                    double severity, String demand, Conditions conditions, String counterOf, OfferStatus status,
                    double delivered) {

    public Offer withStatus(OfferStatus newStatus) {
        return new Offer(id, turn, from, to, kind, form, amount, severity, demand, conditions, counterOf, newStatus, delivered);
    }

    public Offer withDelivery(double units, OfferStatus newStatus) {
        return new Offer(id, turn, from, to, kind, form, amount, severity, demand, conditions, counterOf, newStatus, units);
    }

    public boolean involves(String nation) {
        return from.equals(nation) || to.equals(nation);
    }
}
