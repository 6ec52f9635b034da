package org.entente.web;

/**
 * A token bucket for one connection's frames: {@code burst} at once, then {@code perSecond}. Not
 * thread-safe: a connection's frames arrive on its own event loop, one at a time.
 */
final class RateLimit {
    private final double perSecond;
    private final int burst;
    private double tokens;
    private long last;

    RateLimit(double perSecond, int burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    boolean tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) / 1e9 * perSecond);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
