package org.entente.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.engine.adjudication.Adjudicator;
import org.entente.engine.event.Event;
import org.entente.engine.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One turn adjudicated ({@link Adjudicator#adjudicate}) on a world in the orders phase of its third turn
 * (two turns already adjudicated) with offers, threats, requests and orders in. {@code generated-40} is
 * a generated 40-nation scenario; {@code libya-2011} a bundled one (7 nations) for comparison.
 * The adjudicator is pure: the same world gives the same events each call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdjudicationBenchmark {
    @Param({"generated-40", "libya-2011"})
    public String scenario;

    private World world;

    @Setup
    public void setup() {
        BenchGame game = scenario.startsWith("generated-")
                ? BenchGame.generated(Integer.parseInt(scenario.substring("generated-".length())), 42)
                : BenchGame.bundled(scenario, 42);
        MidGame m = MidGame.build(game, 2);
        world = game.world();
        List<Event> once = Adjudicator.adjudicate(world);
        System.out.printf("%n[setup] %s: %d nations, %d commands accepted, %d refused, %d events in the log, one turn gives %d events%n",
                scenario, world.nations().size(), m.accepted, m.refused, game.log.size(), once.size());
    }

    @Benchmark
    public List<Event> adjudicateTurn() {
        return Adjudicator.adjudicate(world);
    }
}
