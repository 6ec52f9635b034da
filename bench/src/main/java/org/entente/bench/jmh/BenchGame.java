package org.entente.bench.jmh;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.CommandHandler;
import org.entente.engine.Decision;
import org.entente.engine.Role;
import org.entente.engine.SessionOpening;
import org.entente.engine.SessionState;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.Command;
import org.entente.engine.command.StartExercise;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.ScenarioLoaded;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.World;
import org.entente.scenario.BenchScenarios;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;
import org.entente.scenario.ScenarioException;

/**
 * The engine with no server, as the server's test helper {@code Game} drives it: commands decided
 * against the state, their events folded in. A scenario beyond the schema's 16 nations cannot be
 * folded from its {@code scenario.loaded} event ({@link SessionState#apply} re-parses the YAML with the
 * schema); for those the world is built from {@link BenchScenarios#parseUnbounded} and set into the
 * state by reflection — a benchmark-only shortcut.
 */
public final class BenchGame {
    public final SessionState state = new SessionState();
    public final List<Recorded> log = new ArrayList<>();
    public long now = 1_000_000L;

    public static BenchGame bundled(String scenarioId, long seed) {
        ScenarioCatalog catalog = ScenarioCatalog.bundled();
        Scenario s = catalog.find(scenarioId).orElseThrow();
        return of(s, catalog.source(s.id()).orElseThrow(), seed);
    }

    public static BenchGame generated(int nations, long seed) {
        String yaml = BenchScenarios.generated(nations);
        return of(BenchScenarios.parseUnbounded(yaml, "generated-" + nations), yaml, seed);
    }

    private static BenchGame of(Scenario s, String yaml, long seed) {
        Map<Role, String> hashes = new LinkedHashMap<>();
        hashes.put(Role.whiteCell(), "wc");
        s.nations().forEach(n -> hashes.put(Role.nation(n.id()), "h-" + n.id()));
        BenchGame g = new BenchGame();
        g.append(null, null, SessionOpening.events("bench", s.id(), s.title(),
                s.nations().stream().map(n -> new NationSeat(n.id(), n.name())).toList(), yaml, seed, hashes), s);
        return g;
    }

    public World world() {
        return state.world();
    }

    public List<String> nations() {
        return world().scenario().nations().stream().map(n -> n.id()).toList();
    }

    /** Decides and, if accepted, applies; returns the decision. */
    public Decision decide(String role, String commandId, Command c) {
        Role actor = Role.parse(role);
        Decision d = CommandHandler.decide(state, actor, c, now);
        if (d instanceof Decision.Accepted a) {
            append(actor, commandId, a.events(), null);
        }
        return d;
    }

    public List<Event> does(String role, Command c) {
        Decision d = decide(role, null, c);
        if (d instanceof Decision.Rejected r) {
            throw new IllegalStateException(role + " " + c + " was refused: " + r.rejection());
        }
        return ((Decision.Accepted) d).events();
    }

    public void start() {
        does(Role.WHITE_CELL_ID, new StartExercise());
    }

    public List<Event> advanceTo(Phase phase) {
        List<Event> events = new ArrayList<>();
        int guard = 0;
        do {
            events.addAll(does(Role.WHITE_CELL_ID, new AdvancePhase("bench")));
        } while (world().clock().phase() != phase && guard++ < 10);
        return events;
    }

    private void append(Role actor, String commandId, List<Event> events, Scenario unbounded) {
        for (Event e : events) {
            Recorded r = new Recorded(state.lastSeq() + 1, now, actor, commandId, e);
            try {
                state.apply(r);
            } catch (ScenarioException beyondSchema) {
                ScenarioLoaded loaded = (ScenarioLoaded) e;
                setWorld(new World(unbounded, loaded.scenarioYaml(), loaded.seed()));
            }
            log.add(r);
        }
    }

    private void setWorld(World w) {
        try {
            Field f = SessionState.class.getDeclaredField("world");
            f.setAccessible(true);
            f.set(state, w);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
