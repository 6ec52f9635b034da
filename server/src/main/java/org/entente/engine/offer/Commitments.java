package org.entente.engine.offer;

import org.entente.engine.world.World;

/** What a nation has promised this turn, and what it still can. */
public final class Commitments {

    private Commitments() {
    }

    /** Units a nation can still promise this turn: its budget less what it has offered and not seen refused. */
    public static int uncommitted(World w, String nation) {
        int promised = 0;
        for (Offer o : w.offers().values()) {
            if (o.from().equals(nation) && o.turn() == w.clock().turn() && o.kind().transfers()
                    && (o.status() == OfferStatus.PENDING || o.status() == OfferStatus.ACCEPTED)) {
                promised += (int) o.amount();
            }
        }
        return Math.max(0, w.nation(nation).budget() - promised);
    }
}
