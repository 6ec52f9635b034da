package org.entente.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.Rejection;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.SessionOpening;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.journal.EventJournal;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;

/** A session of the Grand Alliance driven in-process to many events: plenary posts and a GBR–USA bilateral SUN must not see. */
final class LongSessionHarness {
    static final String BILATERAL = org.entente.engine.ChannelId.bilateral("GBR", "USA");

    final Session session;
    private long clock = 1_000_000;

    LongSessionHarness(EventJournal journal) {
        ScenarioCatalog catalog = ScenarioCatalog.bundled();
        Scenario s = catalog.find("grand-alliance-1941").orElseThrow();
        Map<Role, String> hashes = new LinkedHashMap<>();
        hashes.put(Role.whiteCell(), "wc");
        s.nations().forEach(n -> hashes.put(Role.nation(n.id()), "h-" + n.id()));
        session = Session.create(SessionOpening.events("long", s.id(), s.title(),
                s.nations().stream().map(n -> new NationSeat(n.id(), n.name())).toList(),
                catalog.source(s.id()).orElseThrow(), 7L, hashes), journal, () -> clock++);
        session.perform(Role.nation("GBR"), new OpenBilateral("USA"));
    }

    /** Posts until the log holds {@code events} events: two bilateral messages for each plenary one. */
    void driveTo(long events, Probe gbr) {
        long i = session.state().lastSeq();
        while (session.state().lastSeq() < events) {
            // Group commit, as the session's verticle does: one fsync per batch of commands.
            session.beginBatch();
            for (int n = 0; n < 100 && session.state().lastSeq() < events; n++) {
                i++;
                String channel = i % 3 == 0 ? "plenary" : BILATERAL;
                session.submit(gbr, "cmd-" + i, new PostMessage(channel, "message " + i, "Ana"));
            }
            session.endBatch();
        }
    }

    /** A subscriber that keeps what it is sent. */
    static final class Probe implements Subscriber {
        final Role role;
        final long budget;
        final List<long[]> events = new ArrayList<>(); // {position, seq}
        final List<String> eventJson = new ArrayList<>();
        final List<String> acks = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        Boolean resumed;

        Probe(String role) {
            this(role, Long.MAX_VALUE);
        }

        Probe(String role, long budget) {
            this.role = Role.parse(role);
            this.budget = budget;
        }

        String token() {
            return role.isWhiteCell() ? "wc" : "h-" + role.id();
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public long catchUpBudget() {
            return budget;
        }

        @Override
        public String displayName() {
            return "Ana";
        }

        @Override
        public void disconnect(String reason) {
        }

        @Override
        public void welcome(String sessionId, Role role, long position, RoleView snapshot, boolean resumed) {
            this.resumed = resumed;
        }

        @Override
        public void event(long position, SharedEvent event) {
            events.add(new long[] {position, event.recorded().seq()});
            eventJson.add(event.json());
        }

        @Override
        public void refreshed(long position, SharedView view) {
        }

        @Override
        public void acknowledged(String commandId, long position, boolean duplicate) {
            acks.add(commandId + "@" + position + (duplicate ? " duplicate" : ""));
        }

        @Override
        public void rejected(String commandId, Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
