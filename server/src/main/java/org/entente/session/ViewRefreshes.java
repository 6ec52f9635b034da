package org.entente.session;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.entente.engine.Role;
import org.entente.engine.RoleView;

/**
 * What each role's subscribers were last sent as a refreshed view, so that the next refresh sends a subscriber
 * only the members that changed since (a patch) when it holds the role's last refresh, and the whole view when
 * it does not (it joined or resumed since, with a view of another moment). A role whose view did not change is
 * sent nothing.
 */
final class ViewRefreshes {
    private record Sent(long version, Map<String, String> members) {
    }

    private final Map<Role, Sent> lastByRole = new HashMap<>();
    private final Map<Subscriber, Long> heldBy = new HashMap<>();
    private long versions;

    /** One refresh of every role: each role's view is built, compared and encoded once, however many subscribers it has. */
    Round round(Function<Role, RoleView> viewOf) {
        return new Round(viewOf);
    }

    /** A subscriber that left, or one that was just sent a view of another moment (a welcome, a catch-up). */
    void forget(Subscriber subscriber) {
        heldBy.remove(subscriber);
    }

    void clear() {
        heldBy.clear();
        lastByRole.clear();
    }

    final class Round {
        private final Function<Role, RoleView> viewOf;
        private final Map<Role, Frames> byRole = new HashMap<>();

        private Round(Function<Role, RoleView> viewOf) {
            this.viewOf = viewOf;
        }

        /** The frame this subscriber needs now, or null when its role's view did not change. */
        SharedView frameFor(Subscriber subscriber) {
            Frames frames = byRole.computeIfAbsent(subscriber.role(), this::frames);
            Long held = heldBy.put(subscriber, frames.version);
            if (frames.patchSince != null && frames.patchSince.equals(held)) {
                return frames.patch;
            }
            return frames.whole();
        }

        private Frames frames(Role role) {
            ViewMembers now = ViewMembers.of(viewOf.apply(role));
            Sent before = lastByRole.get(role);
            Sent sent = new Sent(++versions, now.members());
            lastByRole.put(role, sent);
            if (before == null) {
                return new Frames(now, sent.version, null, null);
            }
            String patch = now.patchSince(before.members());
            return new Frames(now, sent.version, before.version, patch == null ? null : SharedView.patch(patch));
        }
    }

    /** One role's refresh: the patch since its last one (null: nothing changed), and the whole view if anyone needs it. */
    private static final class Frames {
        private final ViewMembers view;
        private final long version;
        private final Long patchSince;
        private final SharedView patch;
        private SharedView whole;

        Frames(ViewMembers view, long version, Long patchSince, SharedView patch) {
            this.view = view;
            this.version = version;
            this.patchSince = patchSince;
            this.patch = patch;
        }

        SharedView whole() {
            if (whole == null) {
                whole = SharedView.whole(view.json());
            }
            return whole;
        }
    }
}
