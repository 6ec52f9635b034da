package org.entente.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.engine.Role;
import org.entente.engine.adjudication.OfferOutcome;
import org.entente.engine.event.Event;
import org.entente.engine.event.OfferAnswered;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.engine.offer.Offer;
import org.entente.journal.EventCodec;

/**
 * The exports of a session (or of one role's view of it): the log as JSON Lines, tables as CSV
 * (RFC 4180: comma-separated, a header line, fields quoted when needed, CRLF line ends), and the
 * after-action report as one HTML file ({@link AfterActionReport}).
 */
public final class Exports {
    public static final List<String> FILES = List.of("log.jsonl", "relationships.csv", "nations.csv", "offers.csv", "transcript.txt", "report.html");

    private Exports() {
    }

    /** One event per line, in the journal's JSON form ({@link EventCodec}); a full log replays from it. */
    public static String jsonLines(List<Recorded> events) {
        StringBuilder out = new StringBuilder(events.size() * 160);
        for (Recorded r : events) {
            out.append(EventCodec.recordedJson(r)).append('\n');
        }
        return out.toString();
    }

    /** One row per relationship per adjudicated turn. */
    public static String relationshipsCsv(Timeline t) {
        Csv csv = new Csv("turn", "coalition", "leader", "partner", "soft_power", "estimated", "recommended", "used",
                "coercion", "side_payment", "bolstering", "conditionality", "failure", "failure_override", "compliance",
                "intensity");
        for (Timeline.TurnRow turn : t.turns()) {
            for (Timeline.RelationshipRow r : turn.relationships()) {
                csv.row(turn.turn(), r.coalition(), r.leader(), r.partner(), r.softPower(), r.estimated(), r.recommended(),
                        String.join(" ", r.used()), r.coercion(), r.sidePayment(), r.bolstering(), r.conditionality(),
                        r.failure(), r.failureOverride(), r.compliance(), r.intensity());
            }
        }
        return csv.toString();
    }

    /** One row per nation per adjudicated turn: contribution, what counted, costs, benefits, burden shares. */
    public static String nationsCsv(Timeline t) {
        Csv csv = new Csv("turn", "nation", "coalition", "contribution", "effective", "intensity", "costs", "benefits",
                "costs_total", "benefits_total", "cost_share", "benefit_share", "burden_flag");
        for (Timeline.TurnRow turn : t.turns()) {
            for (Timeline.NationRow n : turn.nations()) {
                csv.row(turn.turn(), n.nation(), n.coalition(), n.contribution(), n.effective(), n.intensity(), n.costs(),
                        n.benefits(), n.costsTotal(), n.benefitsTotal(), n.costShare(), n.benefitShare(), n.burdenFlag());
            }
        }
        return csv.toString();
    }

    /** One row per offer, threat or request the viewer saw, with what became of it. */
    public static String offersCsv(List<RoleFilter.Seen> seen) {
        Map<String, Offer> offers = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, OfferOutcome> outcomes = new LinkedHashMap<>();
        for (RoleFilter.Seen s : seen) {
            Event e = s.recorded().event();
            if (e instanceof OfferMade m) {
                offers.put(m.offer().id(), m.offer());
                status.put(m.offer().id(), name(m.offer().status()));
            } else if (e instanceof OfferAnswered a) {
                status.put(a.offer(), name(a.status()));
            } else if (e instanceof TurnAdjudicated a) {
                a.adjudication().offers().forEach(o -> outcomes.put(o.offer(), o));
                expire(status);
            } else if (e instanceof TurnReported r) {
                r.report().offers().forEach(o -> outcomes.putIfAbsent(o.offer(), o));
                expire(status);
            }
        }
        Csv csv = new Csv("turn", "offer", "from", "to", "kind", "form", "amount", "severity", "demand", "conditions",
                "stringency", "required_forces", "counter_of", "status", "delivered", "note");
        for (Offer o : offers.values()) {
            OfferOutcome out = outcomes.get(o.id());
            csv.row(o.turn(), o.id(), o.from(), o.to(), o.kind().wireName(), o.form(), o.amount(), o.severity(), o.demand(),
                    o.conditions() == null ? null : o.conditions().text(),
                    o.conditions() == null ? null : o.conditions().stringency(),
                    o.conditions() == null ? null : o.conditions().requiredForces(), o.counterOf(),
                    out != null ? name(out.status()) : status.get(o.id()), out == null ? null : out.delivered(),
                    out == null ? null : out.note());
        }
        return csv.toString();
    }

    /** An offer still pending when its turn is adjudicated expires (as {@code World} folds it); a nation learns so from its report. */
    private static void expire(Map<String, String> status) {
        status.replaceAll((id, s) -> "pending".equals(s) ? "expired" : s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    /** Writes every export of what {@code viewer} saw into {@code dir}; returns the files written. */
    public static List<Path> writeAll(Path dir, List<RoleFilter.Seen> seen, Role viewer) throws IOException {
        Files.createDirectories(dir);
        Timeline timeline = Timeline.of(seen, viewer);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("log.jsonl"), jsonLines(RoleFilter.asRecorded(seen, viewer))));
        written.add(write(dir.resolve("relationships.csv"), relationshipsCsv(timeline)));
        written.add(write(dir.resolve("nations.csv"), nationsCsv(timeline)));
        written.add(write(dir.resolve("offers.csv"), offersCsv(seen)));
        written.add(write(dir.resolve("transcript.txt"), Transcript.text(seen)));
        written.add(write(dir.resolve("report.html"), AfterActionReport.html(timeline, seen)));
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A CSV table being written. */
    static final class Csv {
        private final StringBuilder out = new StringBuilder();

        Csv(String... header) {
            row((Object[]) header);
        }

        void row(Object... fields) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(fields[i]));
            }
            out.append("\r\n");
        }

        private static String field(Object value) {
            if (value == null) {
                return "";
            }
            String s = value.toString();
            // A leading = + - @ would be read as a formula by spreadsheets: quote it with a leading apostrophe.
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
