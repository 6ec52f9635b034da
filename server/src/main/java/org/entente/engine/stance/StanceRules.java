package org.entente.engine.stance;

import java.util.List;
import java.util.Locale;
import org.entente.engine.Decision;
import org.entente.engine.command.SetStance;
import org.entente.engine.event.StanceSet;
import org.entente.engine.rules.Move;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.World;

/** Who may declare a stance, toward whom, and with what reason. */
public final class StanceRules {
    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON = 500;

    private StanceRules() {
    }

    public static Decision set(Move m, SetStance c) {
        if (m.actor().isWhiteCell()) {
            return Decision.reject("NATIONS_ONLY", null, "A stance is a coalition leader's order; the white cell does not give it.");
        }
        World w = m.world();
        Phase phase = w.clock().phase();
        if (w.clock().paused() || !List.of(Phase.NEGOTIATION, Phase.COUNCIL, Phase.ORDERS).contains(phase)) {
            return Decision.reject(w.clock().paused() ? "PAUSED" : "WRONG_PHASE", null, "You can declare a stance in the"
                    + " negotiation, council or orders phase" + (w.clock().paused() ? " once the white cell resumes the exercise"
                    : "; it is now the " + phase.name().toLowerCase(Locale.ROOT) + " phase") + ".");
        }
        List<CoalitionStatus> led = w.coalitions().values().stream().filter(x -> x.leader().equals(m.nation())).toList();
        if (led.isEmpty()) {
            return Decision.reject("NOT_THE_LEADER", null, "Only a coalition's leader declares a stance toward a partner;"
                    + " you lead no coalition.");
        }
        CoalitionStatus coalition;
        if (c.coalition() == null || c.coalition().isBlank()) {
            if (led.size() > 1) {
                return Decision.reject("MISSING_FIELD", "coalition", "You lead several coalitions; say which (coalition).");
            }
            coalition = led.get(0);
        } else {
            coalition = led.stream().filter(x -> x.id().equals(c.coalition())).findFirst().orElse(null);
            if (coalition == null) {
                return Decision.reject(w.coalitions().containsKey(c.coalition()) ? "NOT_THE_LEADER" : "UNKNOWN_COALITION",
                        "coalition", w.coalitions().containsKey(c.coalition())
                                ? "You do not lead '" + c.coalition() + "'; only its leader declares stances for it."
                                : "There is no coalition '" + c.coalition() + "'.");
            }
        }
        if (c.partner() == null || w.nation(c.partner()) == null) {
            return Decision.reject("UNKNOWN_NATION", "partner", "There is no nation '" + c.partner() + "'.");
        }
        if (c.partner().equals(m.nation())) {
            return Decision.reject("INVALID_FIELD", "partner", "A stance is toward a partner; you cannot take one toward yourself.");
        }
        Stance stance = Stance.fromWire(c.stance());
        if (stance == null) {
            return Decision.reject("INVALID_FIELD", "stance", "The stance must be engage, leave or keepOut; '" + c.stance()
                    + "' is none of them.");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty()) {
            return Decision.reject("MISSING_FIELD", "reason", "Give the reason for your stance: the report judges it against"
                    + " the framework's reasoning.");
        }
        if (reason.length() > MAX_REASON) {
            return Decision.reject("INVALID_FIELD", "reason", "The reason is " + reason.length() + " characters; at most "
                    + MAX_REASON + ".");
        }
        return Decision.accept(new StanceSet(m.nation(), coalition.id(), c.partner(), stance, reason, w.clock().turn()));
    }
}
