package org.entente.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.entente.engine.Audience;
import org.entente.engine.CommandHandler;
import org.entente.engine.Decision;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.SessionState;
import org.entente.engine.command.Command;
import org.entente.engine.command.PauseClock;
import org.entente.engine.event.AccessRevoked;
import org.entente.engine.event.CrisisApplied;
import org.entente.engine.event.Event;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.MembershipChanged;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.event.SeatChanged;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.EventJournal;
import org.entente.metrics.NodeMetrics;

/**
 * The single writer of one session: it orders commands, journals the events they produce before
 * acknowledging them, folds them into the state and delivers each to the subscribers allowed to
 * see it. Not thread-safe by design: its owner runs every call on one thread (see {@code SessionVerticle}).
 */
public final class Session {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Session.class);
    private final SessionState state = new SessionState();
    /** The log's tail; older events are read from the journal (a long session's memory stays bounded). */
    private final RecentEvents recent = new RecentEvents();
    private long createdAt;
    private final ViewerStreams streams = new ViewerStreams();
    private final Set<Subscriber> subscribers = new LinkedHashSet<>();
    private final ViewRefreshes refreshes = new ViewRefreshes();
    private final EventJournal journal;
    private final LongSupplier clock;
    private final List<Runnable> outbox = new ArrayList<>();
    private boolean batching;
    private boolean unsynced;
    /** Changes that refresh every view (membership, seats), per nation: a token bucket refilled over a minute. */
    private double viewChangesPerMinute = Double.POSITIVE_INFINITY;
    private final java.util.Map<Role, double[]> viewChangeBuckets = new java.util.HashMap<>();

    /** How many events a catch-up reads from the journal at a time. */
    private static final int CATCH_UP_PAGE = 1024;

    private Session(EventJournal journal, LongSupplier clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** A new session from its first events (creation, access, standing channels), journaled at once. */
    public static Session create(List<Event> opening, EventJournal journal, LongSupplier clock) {
        Session session = new Session(journal, clock);
        session.append(null, null, opening);
        return session;
    }

    /**
     * A session rebuilt from the events its journal already holds; new events go to the same journal.
     * A clock that was running when the node stopped is paused, and the white cell is told why: time
     * the node was down is not taken from the players.
     */
    public static Session restore(List<Recorded> events, EventJournal journal, LongSupplier clock) {
        Session session = new Session(journal, clock);
        for (Recorded r : events) {
            session.fold(r);
        }
        if (session.state.world() != null && session.state.world().clock().running()) {
            session.submitSystem(new PauseClock("the server restarted; resume the clock when everyone is back"));
        }
        return session;
    }

    public SessionState state() {
        return state;
    }

    /** When the session was created, by the writer's clock. */
    public long createdAt() {
        return createdAt;
    }

    /** The whole log: the part no longer held in memory read from the journal, then the recent events. */
    public List<Recorded> log() {
        return logReader().get();
    }

    /**
     * The whole log, to be read off the session's thread: the recent events are taken now, the older ones
     * are read from the journal when the supplier runs (a long read must not hold up the session).
     */
    public java.util.function.Supplier<List<Recorded>> logReader() {
        long first = recent.first();
        List<Recorded> tail = recent.from(first);
        return () -> {
            List<Recorded> out = new ArrayList<>(journal.read(1, first - 1));
            out.addAll(tail);
            return out;
        };
    }

    /** Events {@code from..to} of the log, from memory where held and from the journal before that. */
    List<Recorded> events(long from, long to) {
        from = Math.max(1, from);
        to = Math.min(to, state.lastSeq());
        List<Recorded> out = new ArrayList<>();
        if (from > to) {
            return out;
        }
        if (from < recent.first()) {
            out.addAll(journal.read(from, Math.min(to, recent.first() - 1)));
        }
        for (long seq = Math.max(from, recent.first()); seq <= to; seq++) {
            out.add(recent.get(seq));
        }
        return out;
    }

    public Set<Subscriber> subscribers() {
        return Set.copyOf(subscribers);
    }

    /**
     * Joins a subscriber. With {@code lastPosition} (the last position it saw) it gets every event it
     * missed, with no gap and no repeat; without it, or if the position is not one this session
     * issued, it gets a fresh snapshot.
     */
    public boolean attach(Subscriber subscriber, Long lastPosition, String tokenHash) {
        Role role = subscriber.role();
        if (!state.roleForTokenHash(tokenHash).map(role::equals).orElse(false)) {
            out(() -> subscriber.rejected(null, new org.entente.engine.Rejection("UNKNOWN_TOKEN", "token",
                    "This token no longer opens this session: the white cell may have revoked it.")));
            return false;
        }
        long current = streams.position(role);
        List<SharedEvent> missed = lastPosition != null && lastPosition >= 0 && lastPosition <= current
                ? missedEvents(role, lastPosition, current, subscriber.catchUpBudget()) : null;
        String sessionId = state.sessionId();
        if (missed != null) {
            out(() -> subscriber.welcome(sessionId, role, lastPosition, null, true));
            long p = lastPosition;
            for (SharedEvent shared : missed) {
                long position = ++p;
                out(() -> subscriber.event(position, shared));
            }
            if (!missed.isEmpty()) {
                // Figures that change only in views (a crisis, an override, a new phase) may have moved meanwhile.
                SharedView view = SharedView.whole(EventCodec.viewJson(RoleView.afterCatchUp(state, role)));
                out(() -> subscriber.refreshed(current, view));
            }
        } else {
            RoleView view = RoleView.of(state, role);
            out(() -> subscriber.welcome(sessionId, role, current, view, false));
        }
        refreshes.forget(subscriber); // its view is of this moment, not the role's last refresh
        subscribers.add(subscriber);
        return true;
    }

    /**
     * The events a role missed, or null if they exceed the budget (then a snapshot serves better). Those
     * older than the recent events are read from the journal a page at a time, so that a budget that
     * runs out early stops the reading too.
     */
    private List<SharedEvent> missedEvents(Role role, long from, long to, long budget) {
        List<SharedEvent> out = new ArrayList<>();
        long size = 0;
        List<Recorded> page = List.of();
        long pageFirst = 0;
        for (long p = from + 1; p <= to; p++) {
            long seq = streams.seqAt(role, p);
            Recorded r;
            if (recent.holds(seq)) {
                r = recent.get(seq);
            } else {
                if (seq < pageFirst || seq >= pageFirst + page.size()) {
                    page = journal.read(seq, Math.min(recent.first() - 1, seq + CATCH_UP_PAGE - 1));
                    pageFirst = seq;
                }
                r = page.get((int) (seq - pageFirst));
            }
            SharedEvent shared = SharedEvent.of(r);
            size += shared.json().length() + 64;
            if (size > budget) {
                return null;
            }
            out.add(shared);
        }
        return out;
    }

    /** Releases the journal; the session takes no more commands. */
    public void close() {
        subscribers.clear();
        refreshes.clear();
        journal.close();
    }

    /** This node stops serving the session (cluster mode): every client is told to reconnect elsewhere and resume. */
    public void release(String reason) {
        for (Subscriber s : List.copyOf(subscribers)) {
            s.moved(reason);
        }
        subscribers.clear();
        refreshes.clear();
    }

    public void detach(Subscriber subscriber) {
        subscribers.remove(subscriber);
        refreshes.forget(subscriber);
    }

    /** Decides a command and answers its sender with an acknowledgement or a rejection. */
    public void submit(Subscriber sender, String commandId, Command command) {
        Role actor = sender.role();
        Optional<Long> done = state.seqOfCommand(actor, commandId);
        if (done.isPresent()) {
            long position = streams.positionOf(actor, done.get());
            out(() -> sender.acknowledged(commandId, position, true));
            return;
        }
        Decision decision = CommandHandler.decide(state, actor, command, clock.getAsLong());
        if (decision instanceof Decision.Rejected rejected) {
            if ("WHITE_CELL_ONLY".equals(rejected.rejection().code())) {
                LOG.warn("session {}: {} attempted a white-cell command ({}); refused", state.sessionId(), actor,
                        command.getClass().getSimpleName());
            }
            NodeMetrics.command(false);
            out(() -> sender.rejected(commandId, rejected.rejection()));
            return;
        }
        List<Event> events = ((Decision.Accepted) decision).events();
        if (!actor.isWhiteCell() && events.stream().anyMatch(e -> e instanceof MembershipChanged || e instanceof SeatChanged)
                && !takeViewChange(actor)) {
            NodeMetrics.command(false);
            out(() -> sender.rejected(commandId, new org.entente.engine.Rejection("RATE_LIMITED", "membershipChangesPerMinute",
                    "Too many changes that refresh every player's view: a nation may leave, join or seat at most "
                            + limitText() + " times a minute (membershipChangesPerMinute). Nothing changed; try again shortly.")));
            return;
        }
        List<Recorded> recorded = append(actor, commandId, events);
        long position = streams.positionOf(actor, recorded.get(0).seq());
        NodeMetrics.command(true);
        out(() -> sender.acknowledged(commandId, position, false));
    }

    /**
     * Bounds how often one nation may make a change that sends every connected client a fresh view (leaving or
     * joining a coalition, seating a nation): each costs the node a view per client, so it is budgeted per role,
     * however many sockets the role has open. The white cell is not limited.
     */
    public void limitViewChanges(double perMinute) {
        this.viewChangesPerMinute = perMinute;
    }

    private boolean takeViewChange(Role role) {
        if (Double.isInfinite(viewChangesPerMinute)) {
            return true;
        }
        double burst = Math.max(1, Math.ceil(viewChangesPerMinute));
        long now = clock.getAsLong();
        double[] bucket = viewChangeBuckets.computeIfAbsent(role, r -> new double[] {burst, now});
        bucket[0] = Math.min(burst, bucket[0] + Math.max(0, now - bucket[1]) / 60_000.0 * viewChangesPerMinute);
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return true;
        }
        return false;
    }

    private String limitText() {
        return viewChangesPerMinute == Math.rint(viewChangesPerMinute)
                ? String.valueOf((long) viewChangesPerMinute) : String.valueOf(viewChangesPerMinute);
    }

    /**
     * A command the session gives itself (a deadline passing, a pause after a restart): decided with
     * the white cell's authority, recorded with no actor. Returns whether it changed anything.
     */
    public boolean submitSystem(Command command) {
        Decision decision = CommandHandler.decide(state, Role.whiteCell(), command, clock.getAsLong());
        if (decision instanceof Decision.Accepted accepted) {
            append(null, null, accepted.events());
            return true;
        }
        return false;
    }

    /**
     * A command from outside any websocket (the HTTP API) by a role, recorded with that role as the
     * actor. Returns the decision; on acceptance its events have been journaled and delivered.
     */
    public Decision perform(Role actor, Command command) {
        Decision decision = CommandHandler.decide(state, actor, command, clock.getAsLong());
        if (decision instanceof Decision.Accepted accepted) {
            append(actor, null, accepted.events());
            for (var e : accepted.events()) {
                String replaced = org.entente.engine.bots.SeatedBots.roleOf(e);
                if (replaced != null) {
                    // The role's tokens were replaced: whoever was connected with an old one is out.
                    for (Subscriber s : List.copyOf(subscribers)) {
                        if (Role.nation(replaced).equals(s.role())) {
                            detach(s);
                            out(() -> s.disconnect("a bot now holds this role, or the white cell took the bot out of it"));
                        }
                    }
                }
            }
            if (accepted.events().stream().anyMatch(e -> e instanceof AccessRevoked)) {
                for (Subscriber s : List.copyOf(subscribers)) {
                    if (state.tokenHashes().values().stream().noneMatch(s.role()::equals)) {
                        detach(s);
                        out(() -> s.disconnect("your access to this session was revoked by the white cell"));
                    }
                }
            }
        }
        return decision;
    }

    /**
     * Group commit: between {@link #beginBatch} and {@link #endBatch}, commands are decided and their
     * events written and folded at once (so each decision sees the ones before it), but nothing leaves
     * the session — no event, acknowledgement, rejection or view — until one fsync has made the whole
     * batch durable. Many commands then share one disk flush, and still none is acknowledged early.
     */
    public void beginBatch() {
        batching = true;
    }

    /** Makes the batch durable, then releases everything it produced, in order. */
    public void endBatch() {
        batching = false;
        List<Runnable> ready = new ArrayList<>(outbox);
        outbox.clear();
        if (unsynced) {
            unsynced = false;
            long start = System.nanoTime();
            journal.sync(); // throws if the disk fails: then nothing of the batch is released
            NodeMetrics.journalSync(System.nanoTime() - start);
        }
        ready.forEach(Runnable::run);
    }

    private void out(Runnable send) {
        if (batching) {
            outbox.add(send);
        } else {
            send.run();
        }
    }

    /** When the current phase ends by the clock (epoch ms), or 0 if the clock is not running. */
    public long nextDeadline() {
        var world = state.world();
        return world != null && world.clock().running() ? world.clock().deadline() : 0;
    }

    private List<Recorded> append(Role actor, String commandId, List<Event> events) {
        long at = clock.getAsLong();
        List<Recorded> batch = new ArrayList<>(events.size());
        long seq = state.lastSeq();
        for (Event e : events) {
            batch.add(new Recorded(++seq, at, actor, commandId, e));
        }
        if (batching) {
            journal.write(batch);
            unsynced = true;
        } else {
            journal.append(batch);
        }
        NodeMetrics.events(batch.size());
        boolean refresh = false;
        for (Recorded r : batch) {
            Audience audience = fold(r);
            deliver(r, audience);
            refresh |= changesViews(r.event());
        }
        if (refresh) {
            refreshViews();
        }
        return batch;
    }

    private Audience fold(Recorded r) {
        state.apply(r);
        recent.add(r);
        if (r.seq() == 1) {
            createdAt = r.at();
        }
        Audience audience = Audience.of(state, r.event());
        streams.record(r.seq(), audience, state.nationIds());
        return audience;
    }

    /**
     * Events after which each role's figures (budget, affinities, progress, seats…) may read differently
     * than its client can work out from the events themselves. A phase change inside a turn is not one:
     * the clients move their clocks from phase.began; a new turn is (budgets and orders start afresh), and
     * so is an adjudication.
     */
    static boolean changesViews(Event e) {
        return (e instanceof PhaseBegan p && p.phase() == org.entente.engine.turn.Phase.NEGOTIATION)
                || e instanceof TurnAdjudicated || e instanceof CrisisApplied || e instanceof ResultOverridden
                || e instanceof MembershipChanged || e instanceof SeatChanged || e instanceof ExerciseEnded;
    }

    /** Sends each subscriber what changed in its view, or the whole view if it holds no earlier refresh. */
    private void refreshViews() {
        ViewRefreshes.Round round = refreshes.round(role -> RoleView.of(state, role, false));
        for (Subscriber s : subscribers) {
            SharedView view = round.frameFor(s);
            if (view != null) {
                long position = streams.position(s.role());
                out(() -> s.refreshed(position, view));
            }
        }
    }

    private void deliver(Recorded r, Audience audience) {
        SharedEvent shared = null;
        for (Subscriber s : subscribers) {
            if (audience.includes(s.role())) {
                if (shared == null) {
                    shared = SharedEvent.of(r);
                }
                SharedEvent event = shared;
                long position = streams.position(s.role());
                out(() -> s.event(position, event));
            }
        }
    }
}
