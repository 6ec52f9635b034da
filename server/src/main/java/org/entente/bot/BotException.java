package org.entente.bot;

/** A bot could not do what it meant to: the connection failed, the token was refused, an answer never came. */
public final class BotException extends RuntimeException {
    public BotException(String message) {
        super(message);
    }

    public BotException(String message, Throwable cause) {
        super(message, cause);
    }
}
