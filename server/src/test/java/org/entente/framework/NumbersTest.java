package org.entente.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's numbers read exactly as the formatter printed them before it was taken out of the hot path. */
class NumbersTest {

    private static double roundedAsBefore(double value) {
        double r = new java.math.BigDecimal(Double.toString(value)).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        return r == 0.0 ? 0.0 : r;
    }

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.2f", Numbers.round2(value));
    }

    private static String formattedSigned(double value) {
        double r = Numbers.round2(value);
        return (r > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", r);
    }

    @Test
    void twoDecimalsAsTheFormatterPrintsThemForAnyDouble() {
        qt().withExamples(20_000).withFixedSeed(19L).forAll(doubles().between(-1e9, 1e9)).checkAssert(v -> {
            assertEquals(formatted(v), Numbers.f(v), () -> "f(" + v + ")");
            assertEquals(formattedSigned(v), Numbers.signed(v), () -> "signed(" + v + ")");
            assertEquals(roundedAsBefore(v), Numbers.round2(v), () -> "round2(" + v + ")");
        });
    }

    @Test
    void smallAndLargeMagnitudesAcrossThePlainPrintingRange() {
        qt().withExamples(20_000).withFixedSeed(29L).forAll(doubles().between(-12, 12), doubles().between(-1, 1))
                .checkAssert((exponent, mantissa) -> {
                    double v = mantissa * Math.pow(10, exponent);
                    assertEquals(formatted(v), Numbers.f(v), () -> "f(" + v + ")");
                    assertEquals(formattedSigned(v), Numbers.signed(v), () -> "signed(" + v + ")");
                    assertEquals(roundedAsBefore(v), Numbers.round2(v), () -> "round2(" + v + ")");
                });
    }

    @Test
    void halvesAndNearHalvesRoundAwayFromZeroAsBefore() {
        // k/1000 for every k: the third decimal is exactly where rounding decides (0.125, -0.005, 2.675...).
        qt().withExamples(20_000).withFixedSeed(19L).forAll(integers().between(-2_000_000, 2_000_000)).checkAssert(k -> {
            double v = k / 1000.0;
            assertEquals(formatted(v), Numbers.f(v), () -> "f(" + v + ")");
            assertEquals(formattedSigned(v), Numbers.signed(v), () -> "signed(" + v + ")");
            assertEquals(roundedAsBefore(v), Numbers.round2(v), () -> "round2(" + v + ")");
        });
    }

    @Test
    void zeroesNeverCarryASign() {
        for (double v : new double[] {0.0, -0.0, -0.004, 0.004, -0.0049999, 1e-300, -1e-300}) {
            assertEquals("0.00", Numbers.f(v));
            assertEquals("0.00", Numbers.signed(v));
        }
        assertEquals("-0.01", Numbers.f(-0.005));
        assertEquals("+0.01", Numbers.signed(0.005));
        assertEquals("100000000000000000000.00", Numbers.f(1e20));
        assertEquals(1e20, Numbers.round2(1e20));
        assertEquals(0.0, Numbers.round2(-0.001));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> Numbers.round2(Double.NaN));
    }
}
