package org.entente.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.SessionState;
import org.entente.engine.adjudication.Adjudicator;
import org.entente.engine.event.Event;
import org.entente.journal.EventCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a session's writer does when a turn closes, apart from the journal: the adjudication, and the
 * refreshed view of every role built and encoded (issue 19's phase burst: 500 sessions doing this in the
 * same second). Run with {@code -prof gc} for the bytes allocated per turn, which do not depend on what
 * else the machine is doing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhaseChangeBenchmark {
    @Param({"libya-2011"})
    public String scenario;

    private SessionState state;
    private List<Role> roles;

    @Setup
    public void setup() {
        BenchGame game = BenchGame.bundled(scenario, 42);
        MidGame.build(game, 2);
        state = game.state;
        roles = new ArrayList<>();
        roles.add(Role.parse(Role.WHITE_CELL_ID));
        game.nations().forEach(n -> roles.add(Role.parse(n)));
        long bytes = 0;
        for (Role r : roles) {
            bytes += EventCodec.viewJson(RoleView.of(state, r, false)).length();
        }
        System.out.printf("%n[setup] %s: %d roles, refreshed views %d characters in all, %d events in the log%n",
                scenario, roles.size(), bytes, game.log.size());
    }

    @Benchmark
    public List<Event> adjudicate() {
        return Adjudicator.adjudicate(state.world());
    }

    @Benchmark
    public int refreshViews() {
        int n = 0;
        for (Role r : roles) {
            n += EventCodec.viewJson(RoleView.of(state, r, false)).length();
        }
        return n;
    }
}
