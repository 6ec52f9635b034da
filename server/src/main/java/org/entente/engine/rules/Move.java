package org.entente.engine.rules;

import org.entente.engine.Role;
import org.entente.engine.SessionState;
import org.entente.engine.world.World;

/**
 * Everything a rule may look at when it decides: the state, who acts, the writer's clock and the
 * position the events will take in the log (for ids derived from it).
 */
public record Move(SessionState state, Role actor, long now, long nextSeq) {

    public World world() {
        return state.world();
    }

    public String nation() {
        return actor.isWhiteCell() ? null : actor.id();
    }
}
