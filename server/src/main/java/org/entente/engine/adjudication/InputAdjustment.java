package org.entente.engine.adjudication;

/**
 * Changes what the adjudicator derived for one relationship before the framework judges it: the
 * debrief's "what if" (docs/debrief.md) re-adjudicates a recorded turn with a leader's instruments,
 * voice or estimate changed, by the very same engine. Live play never adjusts anything ({@link #NONE}).
 */
@FunctionalInterface
public interface InputAdjustment {
    InputAdjustment NONE = (coalition, partner, derived) -> derived;

    /** The inputs to judge for {@code coalition}'s leader toward {@code partner}, given the ones derived from the game. */
    RelationshipInputs adjust(String coalition, String partner, RelationshipInputs derived);
}
