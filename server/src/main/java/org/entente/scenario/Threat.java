package org.entente.scenario;

/**
 * The threat an adversary poses to a nation, by Walt's four components, each 0..1.
 */
public record Threat(double power, double proximity, double offensive, double intentions) {

    public double component(ThreatComponent c) {
        return switch (c) {
            case POWER -> power;
            case PROXIMITY -> proximity;
            case OFFENSIVE -> offensive;
            case INTENTIONS -> intentions;
        };
    }

    /** The plain mean of the four components: a convenience, not the engine's formula. */
    public double mean() {
        return (power + proximity + offensive + intentions) / 4.0;
    }
}
