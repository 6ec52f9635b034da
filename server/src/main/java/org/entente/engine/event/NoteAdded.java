package org.entente.engine.event;

/** A white-cell note: seen by the white cell and the after-action reviewers only. */
public record NoteAdded(String text) implements Event {
}
