package org.entente.engine.crisis;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One concrete change a crisis or an override makes to the game: a value set, already clamped and
 * resolved to nations, so that folding it only assigns.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "set")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Change.Threat.class, name = "threat"),
    @JsonSubTypes.Type(value = Change.Strength.class, name = "strength"),
    @JsonSubTypes.Type(value = Change.Progress.class, name = "progress"),
    @JsonSubTypes.Type(value = Change.Resources.class, name = "resources"),
    @JsonSubTypes.Type(value = Change.Extraction.class, name = "extraction"),
    @JsonSubTypes.Type(value = Change.PublicSupport.class, name = "publicSupport"),
    @JsonSubTypes.Type(value = Change.Opportunity.class, name = "opportunity"),
    @JsonSubTypes.Type(value = Change.Affinity.class, name = "affinity"),
    @JsonSubTypes.Type(value = Change.Preferences.class, name = "preferences"),
    @JsonSubTypes.Type(value = Change.Membership.class, name = "membership"),
    @JsonSubTypes.Type(value = Change.Seat.class, name = "seat"),
    @JsonSubTypes.Type(value = Change.OfferCut.class, name = "offerCut"),
    @JsonSubTypes.Type(value = Change.Failure.class, name = "failure"),
})
public sealed interface Change {

    record Threat(String nation, String adversary, double power, double proximity, double offensive, double intentions)
            implements Change {
    }

    record Strength(String adversary, double value) implements Change {
    }

    record Progress(String coalition, double value) implements Change {
    }

    record Resources(String nation, int value) implements Change {
    }

    record Extraction(String nation, double value) implements Change {
    }

    record PublicSupport(String nation, double value) implements Change {
    }

    record Opportunity(String nation, String toward, double value) implements Change {
    }

    record Affinity(String from, String toward, double value) implements Change {
    }

    record Preferences(String nation, double conduct, double aims) implements Change {
    }

    record Membership(String nation, String coalition, boolean member) implements Change {
    }

    record Seat(String nation, boolean seated) implements Change {
    }

    /** An aid offer cut off (Lend-Lease ended): it will not be delivered. */
    record OfferCut(String offer) implements Change {
    }

    /**
     * The white cell's verdict on a leadership failure, replacing the adjudicator's in the record of a
     * turn (the original stays in the log beside it).
     */
    record Failure(int turn, String coalition, String partner, String failure) implements Change {
    }
}
