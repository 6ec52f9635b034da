package org.entente.cluster;

/**
 * A write refused because this node no longer owns the session: another node has taken it over
 * with a higher epoch. Nothing was acknowledged; the session stops here and its clients reconnect.
 */
public final class NotOwnerException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotOwnerException(String message) {
        super(message);
    }
}
