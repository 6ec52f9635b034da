package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.Command;
import org.entente.engine.command.StartExercise;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.World;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;

/** The engine alone, with no server: commands in, events out, state as their fold. */
public final class Game {
    public final SessionState state = new SessionState();
    public final List<Recorded> log = new ArrayList<>();
    public long now = 1_000_000L;

    public static Game of(String scenarioId, long seed) {
        ScenarioCatalog catalog = ScenarioCatalog.bundled();
        Scenario s = catalog.find(scenarioId).orElseThrow();
        Map<Role, String> hashes = new LinkedHashMap<>();
        hashes.put(Role.whiteCell(), "wc");
        s.nations().forEach(n -> hashes.put(Role.nation(n.id()), "h-" + n.id()));
        Game g = new Game();
        g.append(null, SessionOpening.events("test", s.id(), s.title(),
                s.nations().stream().map(n -> new NationSeat(n.id(), n.name())).toList(),
                catalog.source(s.id()).orElseThrow(), seed, hashes));
        return g;
    }

    public World world() {
        return state.world();
    }

    public Decision decide(String role, Command c) {
        Role actor = Role.parse(role);
        Decision d = CommandHandler.decide(state, actor, c, now);
        if (d instanceof Decision.Accepted a) {
            append(actor, a.events());
        }
        return d;
    }

    /** Performs a move that must be accepted, and returns its events. */
    public List<Event> does(String role, Command c) {
        Decision d = decide(role, c);
        if (d instanceof Decision.Rejected r) {
            fail(role + " " + c + " was refused: " + r.rejection());
        }
        return ((Decision.Accepted) d).events();
    }

    /** Performs a move that must be refused, and returns why; the state must not change. */
    public Rejection refused(String role, Command c) {
        long before = state.lastSeq();
        Decision d = decide(role, c);
        assertTrue(d instanceof Decision.Rejected, () -> role + " " + c + " was accepted");
        assertTrue(state.lastSeq() == before);
        return ((Decision.Rejected) d).rejection();
    }

    public void start() {
        does(Role.WHITE_CELL_ID, new StartExercise());
    }

    /** The white cell closes phases until the given one begins. */
    public List<Event> advanceTo(Phase phase) {
        List<Event> events = new ArrayList<>();
        int guard = 0;
        do {
            events.addAll(does(Role.WHITE_CELL_ID, new AdvancePhase("test")));
        } while (world().clock().phase() != phase && guard++ < 10);
        return events;
    }

    public <T extends Event> List<T> eventsOf(Class<T> type) {
        return log.stream().map(Recorded::event).filter(type::isInstance).map(type::cast).toList();
    }

    private void append(Role actor, List<Event> events) {
        for (Event e : events) {
            Recorded r = new Recorded(state.lastSeq() + 1, now, actor, null, e);
            state.apply(r);
            log.add(r);
        }
    }
}
