package org.entente.scenario;

/** The labels of the two preference axes: what 0 and 1 mean on each. */
public record PreferenceAxes(AxisLabels conduct, AxisLabels aims) {

    public AxisLabels on(Axis axis) {
        return axis == Axis.CONDUCT ? conduct : aims;
    }

    /** What a position of 0 ({@code low}) and of 1 ({@code high}) means. */
    public record AxisLabels(String low, String high) {
    }
}
