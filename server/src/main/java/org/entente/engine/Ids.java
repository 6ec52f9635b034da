package org.entente.engine;

import java.util.SplittableRandom;

/**
 * Ids for things the game creates (offers, agenda items, proposals): derived from the session's
 * secret seed and the log position, so they are the same on every replay yet tell a player nothing
 * about how many others exist.
 */
public final class Ids {

    private Ids() {
    }

    public static String derive(long seed, String prefix, long seq) {
        long bits = new SplittableRandom(seed ^ (seq * 0x9E3779B97F4A7C15L) ^ prefix.hashCode()).nextLong();
        return prefix + "-" + Long.toString(bits >>> 24, 36);
    }
}
