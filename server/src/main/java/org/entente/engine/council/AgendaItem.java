package org.entente.engine.council;

/** An item a seated member put on the council's agenda: a voice opportunity the framework counts. */
public record AgendaItem(String id, int turn, String by, String title, String text) {
}
