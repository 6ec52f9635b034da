package org.entente.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who acts and who sees: one national role, or the white cell (the facilitators).
 * Serialised as a plain string — the nation's id, or {@code WHITE_CELL} (nation ids never contain '_').
 */
public sealed interface Role permits Role.Nation, Role.WhiteCell {

    String WHITE_CELL_ID = "WHITE_CELL";

    @JsonValue
    String id();

    default boolean isWhiteCell() {
        return this instanceof WhiteCell;
    }

    static Role nation(String nationId) {
        return new Nation(nationId);
    }

    static Role whiteCell() {
        return WhiteCell.INSTANCE;
    }

    @JsonCreator
    static Role parse(String id) {
        return WHITE_CELL_ID.equals(id) ? WhiteCell.INSTANCE : new Nation(id);
    }

    record Nation(String id) implements Role {
        public Nation {
            if (id == null || id.isBlank() || WHITE_CELL_ID.equals(id)) {
                throw new IllegalArgumentException("not a nation id: " + id);
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }

    final class WhiteCell implements Role {
        static final WhiteCell INSTANCE = new WhiteCell();

        private WhiteCell() {
        }

        @Override
        public String id() {
            return WHITE_CELL_ID;
        }

        @Override
        public String toString() {
            return WHITE_CELL_ID;
        }
    }
}
