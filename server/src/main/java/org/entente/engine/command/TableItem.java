package org.entente.engine.command;

/** A seated member puts an item on the council's agenda. */
public record TableItem(String title, String text) implements Command {
}
