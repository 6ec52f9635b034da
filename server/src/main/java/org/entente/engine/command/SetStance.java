package org.entente.engine.command;

/**
 * A leader declares its stance toward a partner: {@code engage}, {@code leave} (a lost cause written off)
 * or {@code keepOut} (its entry would cost the coalition). {@code stance} is the wire name, checked by the
 * rules so that a bad one is refused naming the field; {@code coalition} may be left out when the leader
 * leads one coalition only.
 */
public record SetStance(String partner, String stance, String reason, String coalition) implements Command {
}
