package org.entente.engine.turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.CoalitionOutcome;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.World;
import org.entente.scenario.CrisisEvent;
import org.entente.scenario.Effect;

/**
 * The settlement after victory. The exercise does not end when a coalition's war is won: the scenario's
 * peace turns follow (two unless it says otherwise), played like any other turn, while the threat that
 * bound the partners to the leader recedes. This is the paper's late-war lesson — "the diminishing
 * external threat depletes the soft power of the alliance leader" — and the stage of its 1945 case, when
 * Lend-Lease was cut "rough and harsh" days after the victory it had bought. Pure: everything is read
 * from the world's recorded adjudications.
 */
public final class Peace {
    /** How much each component of the adversaries' threat falls as each peace turn begins. */
    public static final double RECEDES_BY = 0.2;

    private Peace() {
    }

    /** The turn in which a coalition's war was first won, if it has been. */
    public static Optional<Integer> victoryTurn(World w) {
        for (Adjudication a : w.adjudications()) {
            for (CoalitionOutcome c : a.coalitions()) {
                if (c.victory()) {
                    return Optional.of(a.turn());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the turn now closing ends the exercise, and why (empty: play on). */
    public static Optional<String> endsAfter(World w, int turn) {
        int peaceTurns = w.scenario().war().peaceTurns();
        Optional<Integer> won = victoryTurn(w);
        if (won.isPresent()) {
            int played = turn - won.get();
            if (played >= peaceTurns) {
                boolean stillWon = w.coalitions().values().stream().anyMatch(c -> c.progress() >= w.scenario().war().victoryAt());
                if (!stillWon) {
                    return Optional.of(String.format(Locale.ROOT,
                            "the war won in turn %d was lost again in %d turn(s) of peace", won.get(), played));
                }
                return Optional.of(peaceTurns == 0 ? "victory"
                        : String.format(Locale.ROOT, "victory, and %d turn(s) of peace played", played));
            }
            return Optional.empty();
        }
        return turn >= w.scenario().turns().count() ? Optional.of("the last turn was played") : Optional.empty();
    }

    /**
     * The news that opens a peace turn, as a card the white cell's machinery strikes: every nation's
     * threat from the victorious coalition's adversaries recedes. Empty outside the peace.
     */
    public static Optional<CrisisEvent> recession(World w, int turn) {
        Optional<Integer> won = victoryTurn(w);
        if (won.isEmpty() || turn <= won.get()) {
            return Optional.empty();
        }
        List<String> adversaries = new ArrayList<>();
        for (CoalitionStatus c : w.coalitions().values()) {
            if (c.progress() >= w.scenario().war().victoryAt()) {
                c.against().stream().filter(a -> !adversaries.contains(a)).forEach(adversaries::add);
            }
        }
        if (adversaries.isEmpty()) {
            return Optional.empty();
        }
        List<Effect> effects = adversaries.stream()
                .<Effect>map(a -> new Effect.ThreatChange(a, Optional.empty(), -RECEDES_BY, List.of("all"))).toList();
        int peaceTurn = turn - won.get();
        return Optional.of(new CrisisEvent("peace-" + peaceTurn, "Peace, turn " + peaceTurn + " of "
                + w.scenario().war().peaceTurns(),
                "The war is won. The threat that held the coalition together recedes; what partners now give, they give "
                        + "for their own reasons, and what they remember of how they were led will shape the peace.",
                effects, List.of(), turn));
    }
}
