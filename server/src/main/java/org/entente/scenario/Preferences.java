package org.entente.scenario;

/** A nation's position on the scenario's two preference axes, each 0 (the axis' low label) .. 1 (high). */
public record Preferences(double conduct, double aims) {

    public double on(Axis axis) {
        return axis == Axis.CONDUCT ? conduct : aims;
    }
}
