package org.entente.engine.rules;

import org.entente.engine.Decision;
import org.entente.engine.command.ResumeBot;
import org.entente.engine.command.SeatBot;
import org.entente.engine.command.UnseatBot;
import org.entente.engine.event.BotResumed;
import org.entente.engine.event.BotSeated;
import org.entente.engine.event.BotUnseated;

/**
 * Bots in a session's roles (docs/bots.md). Which policies exist is the bot package's to know: the
 * transport checks the name before it asks; here only that one was given.
 */
final class BotRules {

    private BotRules() {
    }

    static Decision seat(Move m, SeatBot c) {
        Decision refused = commonChecks(m, c.role());
        if (refused != null) {
            return refused;
        }
        if (c.policy() == null || c.policy().isBlank()) {
            return Decision.reject("MISSING_FIELD", "policy", "Field 'policy' names how the bot plays, e.g. \"motivated-ally\".");
        }
        if (m.state().bots().in(c.role()).isPresent()) {
            return Decision.reject("BOT_EXISTS", "role", "A bot already holds " + c.role()
                    + " in this session; take it out first.");
        }
        if (c.tokenHash() == null || c.tokenHash().isBlank()) {
            return Decision.reject("MISSING_FIELD", "tokenHash", "A bot needs a token.");
        }
        return Decision.accept(new BotSeated(c.role(), c.policy(), c.tokenHash(), c.node()));
    }

    static Decision unseat(Move m, UnseatBot c) {
        Decision refused = commonChecks(m, c.role());
        if (refused != null) {
            return refused;
        }
        if (m.state().bots().in(c.role()).isEmpty()) {
            return Decision.reject("NO_BOT", "role", "No bot holds " + c.role() + " in this session.");
        }
        return Decision.accept(new BotUnseated(c.role()));
    }

    static Decision resume(Move m, ResumeBot c) {
        Decision refused = commonChecks(m, c.role());
        if (refused != null) {
            return refused;
        }
        var seated = m.state().bots().in(c.role());
        if (seated.isEmpty()) {
            return Decision.reject("NO_BOT", "role", "No bot holds " + c.role() + " in this session; there is none to resume.");
        }
        if (c.tokenHash() == null || c.tokenHash().isBlank()) {
            return Decision.reject("MISSING_FIELD", "tokenHash", "A resumed bot needs a fresh token.");
        }
        return Decision.accept(new BotResumed(c.role(), c.tokenHash(), c.node(), seated.get().node()));
    }

    private static Decision commonChecks(Move m, String role) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (role == null || role.isBlank()) {
            return Decision.reject("MISSING_FIELD", "role", "Field 'role' names the nation the bot plays, e.g. \"GBR\".");
        }
        if (!m.state().hasNation(role)) {
            return Decision.reject("UNKNOWN_NATION", "role", "'" + role + "' is not a nation of this session.");
        }
        return null;
    }
}
