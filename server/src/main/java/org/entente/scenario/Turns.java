package org.entente.scenario;

/**
 * The turn structure.
 *
 * @param count      number of turns, 1..40
 * @param phases     phase lengths in seconds (adjudication is instantaneous)
 * @param represents free text: how much time a turn represents ("six months of war"); may be empty
 */
public record Turns(int count, Phases phases, String represents) {

    public Turns {
        represents = represents == null ? "" : represents;
    }

    /** Phase lengths in seconds, each 10..3600. */
    public record Phases(int negotiation, int council, int orders, int reports) {

        public int totalSeconds() {
            return negotiation + council + orders + reports;
        }
    }
}
