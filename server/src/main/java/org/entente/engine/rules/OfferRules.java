package org.entente.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.Decision;
import org.entente.engine.Ids;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.WithdrawOffer;
import org.entente.engine.event.Event;
import org.entente.engine.event.OfferAnswered;
import org.entente.engine.event.OfferMade;
import org.entente.engine.offer.Commitments;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;

/** Offers, threats and requests: putting them, answering them, taking them back. */
final class OfferRules {
    /** Offers a nation may have awaiting an answer at once: enough to negotiate with everyone, too few to flood. */
    static final int MAX_PENDING = 20;

    private OfferRules() {
    }

    static Decision make(Move m, MakeOffer c) {
        Decision refused = firstOf(Checks.nationsOnly(m), Checks.inPhase(m, "make offers", Phase.NEGOTIATION, Phase.COUNCIL));
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        NationStatus sender = w.nation(m.nation());
        long pending = w.offers().values().stream().filter(o -> o.from().equals(m.nation()) && o.status().open()).count();
        if (pending >= MAX_PENDING) {
            return Decision.reject("LIMIT", null, "You have " + MAX_PENDING + " offers awaiting an answer, the most a nation may "
                    + "(pending offers); withdraw some or wait for answers.");
        }
        if (w.nation(c.to()) == null) {
            return Decision.reject("UNKNOWN_NATION", "to", "There is no nation '" + c.to() + "' in this session.");
        }
        if (c.to().equals(m.nation())) {
            return Decision.reject("SELF", "to", "An offer goes to another nation.");
        }
        if (c.kind().transfers()) {
            if (c.amount() != Math.rint(c.amount()) || c.amount() < 1) {
                return Decision.reject("INVALID_FIELD", "amount", "Aid and side-payments are whole resource units, at least 1.");
            }
            int free = Commitments.uncommitted(w, m.nation());
            if (c.amount() > free) {
                return Decision.reject("BEYOND_RESOURCES", "amount", "You can offer at most " + free + " more unit(s) this turn: your government can extract "
                        + sender.budget() + " and " + (sender.budget() - free) + " are already promised.");
            }
        } else if (c.kind() == OfferKind.REQUEST) {
            if (c.amount() <= 0 || c.amount() > 1) {
                return Decision.reject("INVALID_FIELD", "amount", "A request asks for a share of the recipient's forces, above 0 and at most 1.");
            }
        } else if (c.severity() <= 0 || c.severity() > 1) {
            return Decision.reject("INVALID_FIELD", "severity", "A threat's severity is above 0 and at most 1 (1: force or abandonment).");
        }
        if ((c.kind() == OfferKind.THREAT) && (c.demand() == null || c.demand().isBlank())) {
            return Decision.reject("MISSING_FIELD", "demand", "A threat states what the target must do to avoid it.");
        }
        Conditions conditions = c.conditions() == null ? Conditions.NONE : c.conditions();
        if (conditions.stringency() > sender.maxConditionality() + 1e-9) {
            return Decision.reject("DOMESTIC_CONSTRAINT", "conditions.stringency", "Your government cannot attach conditions more stringent than "
                    + sender.maxConditionality() + " (asked: " + conditions.stringency() + ").");
        }
        List<Event> events = new ArrayList<>();
        if (c.counterOf() != null) {
            Offer original = w.offer(c.counterOf()).filter(o -> o.to().equals(m.nation())).orElse(null);
            if (original == null) {
                return Decision.reject("UNKNOWN_OFFER", "counterOf", "You have received no offer '" + c.counterOf() + "'.");
            }
            if (!original.status().open() || !original.from().equals(c.to())) {
                return Decision.reject("OFFER_CLOSED", "counterOf", "Offer '" + c.counterOf() + "' is " + original.status().wireName()
                        + (original.from().equals(c.to()) ? "" : " and came from " + original.from()) + ": it cannot be countered.");
            }
            events.add(new OfferAnswered(original.id(), original.from(), original.to(), OfferStatus.COUNTERED));
        }
        String id = Ids.derive(w.seed(), "offer", m.nextSeq() + events.size());
        double amount = c.kind() == OfferKind.THREAT ? 0 : c.amount();
        double severity = c.kind() == OfferKind.THREAT ? c.severity() : 0;
        events.add(new OfferMade(new Offer(id, w.clock().turn(), m.nation(), c.to(), c.kind(), c.form(), amount, severity,
                c.demand(), conditions, c.counterOf(), OfferStatus.PENDING, 0)));
        return new Decision.Accepted(events);
    }

    static Decision answer(Move m, AnswerOffer c) {
        Decision refused = firstOf(Checks.nationsOnly(m),
                Checks.inPhase(m, "answer offers", Phase.NEGOTIATION, Phase.COUNCIL, Phase.ORDERS));
        if (refused != null) {
            return refused;
        }
        Offer offer = m.world().offer(c.offer()).filter(o -> o.to().equals(m.nation())).orElse(null);
        if (offer == null) {
            return Decision.reject("UNKNOWN_OFFER", "offer", "You have received no offer '" + c.offer() + "'.");
        }
        if (!offer.status().open()) {
            return Decision.reject("OFFER_CLOSED", "offer", "Offer '" + c.offer() + "' is already " + offer.status().wireName() + ".");
        }
        return Decision.accept(new OfferAnswered(offer.id(), offer.from(), offer.to(),
                c.accept() ? OfferStatus.ACCEPTED : OfferStatus.REJECTED));
    }

    static Decision withdraw(Move m, WithdrawOffer c) {
        Decision refused = firstOf(Checks.nationsOnly(m),
                Checks.inPhase(m, "withdraw offers", Phase.NEGOTIATION, Phase.COUNCIL, Phase.ORDERS));
        if (refused != null) {
            return refused;
        }
        Offer offer = m.world().offer(c.offer()).filter(o -> o.from().equals(m.nation())).orElse(null);
        if (offer == null) {
            return Decision.reject("UNKNOWN_OFFER", "offer", "You have made no offer '" + c.offer() + "'.");
        }
        if (!offer.status().open()) {
            return Decision.reject("OFFER_CLOSED", "offer", "Offer '" + c.offer() + "' is already " + offer.status().wireName()
                    + ": an accepted offer is a commitment, kept or broken by what you deliver.");
        }
        return Decision.accept(new OfferAnswered(offer.id(), offer.from(), offer.to(), OfferStatus.WITHDRAWN));
    }

    static Decision firstOf(Decision... checks) {
        for (Decision d : checks) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
