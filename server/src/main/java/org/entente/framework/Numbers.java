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
        double r = printsPlain(value) ? hundredths(value) / 100.0 // what BigDecimal.doubleValue() gives for it
                : slowTwoDecimals(value).doubleValue();
        return r == 0.0 ? 0.0 : r;
    }

    /**
     * The value in hundredths, rounded half away from zero from the double's decimal form — the digits
     * {@code BigDecimal.valueOf(value).setScale(2, HALF_UP)} keeps, read straight off {@link Double#toString}
     * where it prints plain digits, without the BigDecimal (adjudication rounds thousands of numbers a turn).
     */
    private static long hundredths(double value) {
        String digits = Double.toString(value);
        int start = digits.charAt(0) == '-' ? 1 : 0;
        int point = digits.indexOf('.');
        long h = 0;
        for (int i = start; i < point; i++) {
            h = h * 10 + (digits.charAt(i) - '0');
        }
        for (int i = point + 1; i <= point + 2; i++) {
            h = h * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
        }
        if (point + 3 < digits.length() && digits.charAt(point + 3) >= '5') {
            h++;
        }
        return start == 1 ? -h : h;
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

    /** Two decimals, e.g. {@code 0.90}: the digits {@code String.format("%.2f", round2(value))} prints. */
    static String f(double value) {
        return printsPlain(value) ? twoDecimals(hundredths(value)) : slowTwoDecimals(value).toPlainString();
    }

    /** Two decimals with a sign, e.g. {@code +0.50} or {@code -0.90}. */
    static String signed(double value) {
        if (!printsPlain(value)) {
            BigDecimal r = slowTwoDecimals(value);
            return (r.signum() > 0 ? "+" : "") + r.toPlainString();
        }
        long h = hundredths(value);
        return h > 0 ? "+" + twoDecimals(h) : twoDecimals(h);
    }

    /** Whether {@link Double#toString} prints the value as plain digits (not zero, NaN, infinite or in E notation). */
    private static boolean printsPlain(double value) {
        double magnitude = Math.abs(value);
        return magnitude >= 1e-3 && magnitude < 1e7;
    }

    private static BigDecimal slowTwoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String twoDecimals(long hundredths) {
        long a = Math.abs(hundredths);
        long cents = a % 100;
        return (hundredths < 0 ? "-" : "") + a / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    /** The shortest form of a range bound in messages: {@code 0}, {@code 1}, {@code -0.4}. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
