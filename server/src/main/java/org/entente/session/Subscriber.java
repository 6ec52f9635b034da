package org.entente.session;

import org.entente.engine.RoleView;
import org.entente.engine.Rejection;
import org.entente.engine.Role;

/**
 * A connected client as its session sees it. The session calls these methods from its own thread,
 * in log order; implementations must not block.
 */
public interface Subscriber {

    Role role();

    /**
     * How many characters of missed events this client may be sent at once when it resumes; beyond
     * that it gets a fresh snapshot instead, as a client that fell that far behind is better served by one.
     */
    long catchUpBudget();

    /** The display name the player joined with, or null. */
    String displayName();

    /** Ends this client's connection, telling it why (its access was revoked). */
    void disconnect(String reason);

    /** The session stops being served here (cluster mode): the client reconnects, to any node, and resumes. */
    default void moved(String reason) {
    }

    /** The first message after joining: a snapshot (null when resuming from a position) and the position it stands at. */
    void welcome(String sessionId, Role role, long position, RoleView snapshot, boolean resumed);

    /** One event this subscriber's role may see, at its position in the role's stream; {@code event} is shared by its recipients. */
    void event(long position, SharedEvent event);

    /**
     * A fresh view, sent after events that change figures the role sees only in its view (a new
     * phase, a crisis, an override, an adjudication): the client replaces its state with it.
     */
    void refreshed(long position, SharedView view);

    void acknowledged(String commandId, long position, boolean duplicate);

    void rejected(String commandId, Rejection rejection);
}
