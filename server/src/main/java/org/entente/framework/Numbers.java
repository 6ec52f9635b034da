package org.entente.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and formatting. Every number the engine reports is rounded to two decimals, half away from
 * zero, through {@link BigDecimal} of the double's shortest decimal form, so the output is the same to the
 * last digit on every JVM. Judgements are made on the rounded soft power, so the band a player reads always
 * agrees with the number printed next to it.
 */
public final class Numbers {

    /** Tolerance for threshold comparisons on sums of inputs (0.45 + 0.45 must count as 0.9). */
    static final double EPSILON = 1e-9;

    private Numbers() {
    }

    /** Rounds to two decimals, half away from zero; never returns -0.0. */
    public static double round2(double value) {
        double r = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return r == 0.0 ? 0.0 : r;
    }

    /** {@code a >= b}, forgiving floating-point noise below 1e-9. */
    static boolean atLeast(double a, double b) {
        return a >= b - EPSILON;
    }

    /** {@code a > b} by more than floating-point noise. */
    static boolean above(double a, double b) {
        return a > b + EPSILON;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * Two decimals, e.g. {@code 0.90}: the digits {@code String.format("%.2f", round2(value))} prints, without
     * the formatter, whose parsing of the pattern on every call made most of an adjudication's garbage.
     */
    static String f(double value) {
        return twoDecimals(value).toPlainString();
    }

    /** Two decimals with a sign, e.g. {@code +0.50} or {@code -0.90}. */
    static String signed(double value) {
        BigDecimal r = twoDecimals(value);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString();
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** The shortest form of a range bound in messages: {@code 0}, {@code 1}, {@code -0.4}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
