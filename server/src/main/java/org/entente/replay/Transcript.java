package org.entente.replay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.Event;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.event.SessionCreated;

/**
 * The chat as people read it: every message a role saw, in order, under a heading for each phase,
 * with the time (UTC), the channel in words and the author. Built from what the role saw of the log
 * ({@link RoleFilter}), so a nation's transcript holds its own channels only; the white cell's holds all.
 */
public final class Transcript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Transcript() {
    }

    public static String text(List<RoleFilter.Seen> seen) {
        Map<String, String> names = new HashMap<>();
        Map<String, ChannelOpened> channels = new HashMap<>();
        StringBuilder out = new StringBuilder();
        int messages = 0;
        for (RoleFilter.Seen s : seen) {
            Event e = s.recorded().event();
            if (e instanceof SessionCreated c) {
                c.nations().forEach(n -> names.put(n.id(), n.name()));
                out.append(c.title()).append(" — chat transcript (session ").append(c.sessionId()).append(")\n");
                out.append("Times are UTC.\n");
            } else if (e instanceof ChannelOpened o) {
                channels.put(o.channel(), o);
            } else if (e instanceof PhaseBegan p) {
                String phase = p.phase().name().charAt(0) + p.phase().name().substring(1).toLowerCase(Locale.ROOT);
                out.append("\n== ").append(p.phase().name().equals("ENDED") ? "The end" : "Turn " + p.turn() + ", " + phase + " phase")
                        .append(" ==\n");
            } else if (e instanceof MessagePosted m) {
                messages++;
                out.append('[').append(TIME.format(Instant.ofEpochMilli(s.recorded().at()))).append("] ")
                        .append(channel(m.channel(), channels, names)).append(" — ").append(author(m, names)).append(": ");
                out.append(m.text().replace("\n", "\n    ")).append('\n');
            }
        }
        if (messages == 0) {
            out.append("\n(No messages.)\n");
        }
        return out.toString();
    }

    private static String name(String id, Map<String, String> names) {
        return names.getOrDefault(id, id);
    }

    private static String author(MessagePosted m, Map<String, String> names) {
        String who = m.from().isWhiteCell() ? "White cell" : name(m.from().id(), names);
        return m.author() == null || m.author().isBlank() ? who : m.author() + " (" + who + ")";
    }

    private static String channel(String id, Map<String, ChannelOpened> channels, Map<String, String> names) {
        if (id.equals("plenary")) {
            return "Plenary";
        }
        if (id.equals("council")) {
            return "Council";
        }
        ChannelOpened o = channels.get(id);
        int colon = id.indexOf(':');
        List<String> nations = o != null ? o.nations() : colon < 0 ? List.of() : List.of(id.substring(colon + 1).split("\\+"));
        String kind = o != null ? o.kind().wireName() : colon < 0 ? id : id.substring(0, colon);
        String who = String.join(" ↔ ", nations.stream().map(n -> name(n, names)).toList());
        return switch (kind) {
            case "team" -> "Team " + who;
            case "white-cell" -> "White cell ↔ " + who;
            case "bilateral" -> "Bilateral " + who;
            default -> id;
        };
    }
}
