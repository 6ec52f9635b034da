package org.entente.replay;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.Audience;
import org.entente.engine.Role;
import org.entente.engine.SessionState;
import org.entente.engine.event.Recorded;

/**
 * One role's view of a log: exactly the events {@link Audience} let it see, in order, each with its
 * position in the role's own stream (1, 2, 3… as it received them live; the log's own numbers would
 * tell a nation how much it does not see). The audience of an event is judged on the state it was
 * folded into, as the live session judges it.
 */
public final class RoleFilter implements Replayer.Listener {

    /** An event a role saw: its position in the role's stream, and the event as the role may hold it. */
    public record Seen(long position, Recorded recorded) {
    }

    private final Role role;
    private final List<Seen> seen = new ArrayList<>();

    public RoleFilter(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The events the role saw, each with its own position. */
    public static List<Seen> seenBy(List<Recorded> log, Role role) throws ReplayInputException {
        RoleFilter filter = new RoleFilter(role);
        Replayer.replay(log, 0, Replayer.Progress.NONE, filter);
        return filter.seen();
    }

    @Override
    public void after(Recorded r, SessionState state) {
        if (role.isWhiteCell() || Audience.of(state, r.event()).includes(role)) {
            seen.add(new Seen(seen.size() + 1L, r));
        }
    }

    public List<Seen> seen() {
        return seen;
    }

    /** How many events the role has seen so far. */
    public long position() {
        return seen.size();
    }

    /**
     * The events as a role may be handed them: numbered in its own stream, and without the command
     * ids of other roles' commands (the wire never shows them either). The white cell gets the log as it is.
     */
    public static List<Recorded> asRecorded(List<Seen> seen, Role role) {
        List<Recorded> out = new ArrayList<>(seen.size());
        for (Seen s : seen) {
            Recorded r = s.recorded();
            if (role.isWhiteCell()) {
                out.add(r);
            } else {
                String commandId = role.equals(r.actor()) ? r.commandId() : null;
                out.add(new Recorded(s.position(), r.at(), r.actor(), commandId, r.event()));
            }
        }
        return out;
    }
}
