package org.entente.engine;

import java.util.List;
import java.util.Optional;

/**
 * Channel ids are derived from their members, so that membership is a property of the id itself
 * and no lookup can be fooled: {@code plenary}, {@code team:GBR}, {@code white-cell:GBR},
 * {@code bilateral:GBR+USA} (the two nations in alphabetical order).
 */
public final class ChannelId {

    public static final String PLENARY = "plenary";
    /** The council's debate; its members are whoever holds a seat, so they are not in the id. */
    public static final String COUNCIL = "council";

    private ChannelId() {
    }

    public static String team(String nation) {
        return "team:" + nation;
    }

    public static String whiteCell(String nation) {
        return "white-cell:" + nation;
    }

    public static String bilateral(String a, String b) {
        return a.compareTo(b) < 0 ? "bilateral:" + a + "+" + b : "bilateral:" + b + "+" + a;
    }

    /** The kind a well-formed id names, or empty for an id no channel can have. */
    public static Optional<ChannelKind> kindOf(String id) {
        if (PLENARY.equals(id)) {
            return Optional.of(ChannelKind.PLENARY);
        }
        if (COUNCIL.equals(id)) {
            return Optional.of(ChannelKind.COUNCIL);
        }
        if (id.startsWith("team:")) {
            return Optional.of(ChannelKind.TEAM);
        }
        if (id.startsWith("white-cell:")) {
            return Optional.of(ChannelKind.WHITE_CELL);
        }
        if (id.startsWith("bilateral:") && id.indexOf('+') > 0) {
            return Optional.of(ChannelKind.BILATERAL);
        }
        return Optional.empty();
    }

    /** The nations a channel of this id holds; the plenary holds them all. */
    public static List<String> nationsOf(String id, List<String> allNations) {
        return switch (kindOf(id).orElseThrow(() -> new IllegalArgumentException("bad channel id " + id))) {
            case PLENARY -> allNations;
            case COUNCIL -> List.of();
            case TEAM -> List.of(id.substring("team:".length()));
            case WHITE_CELL -> List.of(id.substring("white-cell:".length()));
            case BILATERAL -> List.of(id.substring("bilateral:".length()).split("\\+"));
        };
    }
}
