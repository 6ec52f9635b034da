package org.entente.engine.event;

import org.entente.engine.stance.Stance;

/**
 * A coalition's leader declared its stance toward a partner, with its reason; it stands until changed.
 * Seen by the leader and the white cell, and — for {@code keepOut}, which is put to it — by the partner.
 */
public record StanceSet(String leader, String coalition, String partner, Stance stance, String reason, int turn)
        implements Event {
}
