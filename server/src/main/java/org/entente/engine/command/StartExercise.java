package org.entente.engine.command;

/** The white cell starts turn 1 (from the lobby). */
public record StartExercise() implements Command {
}
