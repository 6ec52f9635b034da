package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.world.World;

/**
 * Settles every offer accepted (or threat rejected) this turn against the orders: what was
 * delivered, which promises were kept and which broken, and who broke them.
 */
final class OfferSettlement {

    /** A promise not kept: {@code breaker} owed it to {@code wronged}, and delivered only {@code shareKept} of it. */
    record Breach(String breaker, String wronged, double shareKept) {
    }

    final List<OfferOutcome> outcomes = new ArrayList<>();
    final List<Breach> breaches = new ArrayList<>();

    OfferSettlement(World w, TurnFacts facts) {
        for (Offer o : facts.thisTurn) {
            if (o.status() == OfferStatus.ACCEPTED) {
                settleAccepted(o, facts);
            } else if (o.status() == OfferStatus.REJECTED && o.kind() == OfferKind.THREAT) {
                boolean carried = facts.orders(o.from()).carryOut().contains(o.id());
                outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), 0, OfferStatus.REJECTED,
                        carried ? o.from() + " carried out its threat against " + o.to() + "."
                                : o.from() + " did not carry out its threat against " + o.to() + "."));
            }
        }
    }

    private void settleAccepted(Offer o, TurnFacts facts) {
        double recipientForces = facts.orders(o.to()).forces();
        Double required = o.conditions().requiredForces();
        boolean conditionMet = required == null || recipientForces + 1e-9 >= required;
        switch (o.kind()) {
            case AID, SIDE_PAYMENT -> {
                double delivered = facts.orders(o.from()).deliveries().getOrDefault(o.id(), 0);
                if (delivered >= o.amount()) {
                    outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), delivered, OfferStatus.KEPT,
                            o.from() + " delivered the " + (int) delivered + " unit(s) it promised " + o.to() + "."));
                } else if (!conditionMet) {
                    outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), delivered, OfferStatus.KEPT,
                            o.to() + " committed " + recipientForces + " of its forces where the condition asked " + required
                                    + ", so " + o.from() + " was free to withhold; it delivered " + (int) delivered + "."));
                } else {
                    outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), delivered, OfferStatus.BROKEN,
                            o.from() + " promised " + o.to() + " " + (int) o.amount() + " unit(s) and delivered "
                                    + (int) delivered + ": a commitment broken."));
                    breaches.add(new Breach(o.from(), o.to(), delivered / o.amount()));
                }
            }
            case REQUEST, THREAT -> {
                double asked = o.kind() == OfferKind.REQUEST ? o.amount() : required == null ? 0 : required;
                if (recipientForces + 1e-9 >= asked) {
                    outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), 0, OfferStatus.KEPT,
                            o.to() + " did what it agreed to " + o.from() + (asked > 0 ? " (committed " + recipientForces + " of its forces)." : ".")));
                } else {
                    outcomes.add(new OfferOutcome(o.id(), o.from(), o.to(), 0, OfferStatus.BROKEN,
                            o.to() + " agreed to commit " + asked + " of its forces to " + o.from() + " and committed " + recipientForces + "."));
                    breaches.add(new Breach(o.to(), o.from(), asked == 0 ? 0 : recipientForces / asked));
                }
            }
            default -> throw new IllegalStateException(o.kind().toString());
        }
    }
}
