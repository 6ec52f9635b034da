package org.entente.engine.command;

/** The white cell ends the exercise now: every nation is scored as things stand. */
public record EndExercise(String reason) implements Command {
}
