package org.entente.framework;

/** Range checks shared by the input records: the engine never clamps an input, it refuses it. */
final class Ranges {

    private Ranges() {
    }

    static double unit(String name, double value) {
        return within(name, value, 0, 1);
    }

    static double signed(String name, double value) {
        return within(name, value, -1, 1);
    }

    static double within(String name, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(name + " must be a number in " + Numbers.plain(min) + ".."
                    + Numbers.plain(max) + ", got " + value);
        }
        return value;
    }
}
