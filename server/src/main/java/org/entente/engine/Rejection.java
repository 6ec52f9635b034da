package org.entente.engine;

/**
 * Why a command was refused: a stable code for programs, the field at fault (or null), and a
 * sentence for the player. Nothing changes in the session when a command is rejected.
 */
public record Rejection(String code, String field, String message) {
}
