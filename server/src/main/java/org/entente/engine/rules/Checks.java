package org.entente.engine.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.engine.Decision;
import org.entente.engine.turn.Phase;

/** Refusals shared by several rules, worded once. */
final class Checks {

    private Checks() {
    }

    static Decision nationsOnly(Move m) {
        return m.actor().isWhiteCell()
                ? Decision.reject("NATIONS_ONLY", null, "This is a move for a nation; the white cell does not make it.")
                : null;
    }

    static Decision whiteCellOnly(Move m) {
        return m.actor().isWhiteCell() ? null
                : Decision.reject("WHITE_CELL_ONLY", null, "Only the white cell (the facilitators) can do this.");
    }

    /** Refuses a move outside the phases it belongs to, saying which phase it is and which would do. */
    static Decision inPhase(Move m, String what, Phase... allowed) {
        Phase now = m.world().clock().phase();
        if (Arrays.asList(allowed).contains(now) && !(m.world().clock().paused() && now != Phase.LOBBY)) {
            return null;
        }
        if (m.world().clock().paused()) {
            return Decision.reject("PAUSED", null, "The white cell has paused the exercise; " + what + " waits until it resumes.");
        }
        String phases = Arrays.stream(allowed).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        return Decision.reject("WRONG_PHASE", null, "You can " + what + " in the " + phases + " phase; it is now the "
                + now.name().toLowerCase(Locale.ROOT) + " phase of turn " + m.world().clock().turn() + ".");
    }
}
