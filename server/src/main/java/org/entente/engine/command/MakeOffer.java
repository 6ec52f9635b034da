package org.entente.engine.command;

import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;

/** Put an aid offer, side-payment, threat or request to another nation (a counter-offer names the offer it answers). */
public record MakeOffer(String to, OfferKind kind, String form, double amount, double severity, String demand,
                        Conditions conditions, String counterOf) implements Command {
}
