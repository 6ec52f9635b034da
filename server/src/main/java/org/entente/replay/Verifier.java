package org.entente.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.entente.engine.SessionState;
import org.entente.engine.adjudication.Adjudicator;
import org.entente.engine.event.Event;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.journal.EventCodec;

/**
 * Re-runs every adjudication of a log and compares it with the one recorded, to the last digit.
 * Adjudication happens when the orders phase closes, in one batch {@code [turn.adjudicated,
 * turn.report…, phase.began]}: so the state folded up to just before each {@code turn.adjudicated}
 * is exactly the world the adjudicator saw, and {@link Adjudicator#adjudicate} on it must give the
 * recorded events again. The first difference is reported with its turn and field path.
 */
public final class Verifier implements Replayer.Listener {

    /** Where a recomputed adjudication departs from the recorded one. */
    public record Difference(int turn, long seq, String event, String path, String recorded, String recomputed) {
        public String message() {
            return "turn " + turn + ": " + event + " (seq " + seq + ") differs at " + path + ": recorded " + recorded
                    + ", recomputed " + recomputed;
        }
    }

    /** How many adjudications were re-run, and the first difference (null if none). */
    public record Outcome(int adjudications, Difference difference) {
        public boolean verified() {
            return difference == null;
        }
    }

    private int adjudications;
    private Difference difference;
    private List<Event> expected;
    private int next;
    private int turn;
    private long expectedFromSeq;

    /** Replays the whole log (or up to {@code toSeq}) and verifies every adjudication on the way. */
    public static Outcome verify(List<Recorded> log, long toSeq, Replayer.Progress progress) throws ReplayInputException {
        Verifier v = new Verifier();
        Replayer.Result result = Replayer.replay(log, toSeq, progress, v);
        return v.outcome(result.complete());
    }

    /** The outcome so far; {@code logComplete}: the whole log was read, so a batch cut short is a difference. */
    public Outcome outcome(boolean logComplete) {
        if (logComplete && difference == null && expected != null && next < expected.size()) {
            Event missing = expected.get(next);
            return new Outcome(adjudications, new Difference(turn, expectedFromSeq + next, Replayer.typeOf(missing), "(event)",
                    "absent: the log ends", Replayer.typeOf(missing)));
        }
        return new Outcome(adjudications, difference);
    }

    @Override
    public void before(Recorded r, SessionState state) {
        if (difference != null) {
            return;
        }
        if (r.event() instanceof TurnAdjudicated recorded) {
            if (expected != null && next < expected.size()) {
                difference = new Difference(turn, r.seq(), "turn.adjudicated", "(event)",
                        "a new adjudication", Replayer.typeOf(expected.get(next)));
                return;
            }
            adjudications++;
            turn = recorded.adjudication().turn();
            try {
                expected = Adjudicator.adjudicate(state.world());
            } catch (RuntimeException e) {
                difference = new Difference(turn, r.seq(), "turn.adjudicated", "(adjudication)", "an adjudication",
                        "the adjudicator failed: " + e);
                return;
            }
            next = 0;
            expectedFromSeq = r.seq();
        }
        if (expected == null || next >= expected.size()) {
            return;
        }
        Event want = expected.get(next);
        String label = label(r.event());
        if (want.getClass() != r.event().getClass()) {
            difference = new Difference(turn, r.seq(), label, "type", Replayer.typeOf(r), Replayer.typeOf(want));
            return;
        }
        JsonNode recordedTree = EventCodec.MAPPER.valueToTree(r.event());
        JsonNode recomputedTree = EventCodec.MAPPER.valueToTree(want);
        String[] diff = firstDifference(recordedTree, recomputedTree, "");
        if (diff != null) {
            difference = new Difference(turn, r.seq(), label, diff[0], diff[1], diff[2]);
        }
        next++;
    }

    private static String label(Event e) {
        if (e instanceof TurnReported t) {
            return "turn.report of " + t.report().nation();
        }
        return Replayer.typeOf(e);
    }

    /** {path, recorded, recomputed} of the first place two trees differ, or null if they are equal. */
    static String[] firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode other = b.get(f.getKey());
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (other == null) {
                    return new String[] {p, f.getValue().toString(), "(absent)"};
                }
                String[] d = firstDifference(f.getValue(), other, p);
                if (d != null) {
                    return d;
                }
            }
            Iterator<String> names = b.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!a.has(name)) {
                    return new String[] {path.isEmpty() ? name : path + "." + name, "(absent)", b.get(name).toString()};
                }
            }
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String[] d = firstDifference(a.get(i), b.get(i), path + "[" + key(a.get(i), i) + "]");
                if (d != null) {
                    return d;
                }
            }
            return new String[] {path + ".length", String.valueOf(a.size()), String.valueOf(b.size())};
        }
        return new String[] {path.isEmpty() ? "(value)" : path, a.toString(), b.toString()};
    }

    /** Names an array element by what it is about (a relationship, a nation, an offer) rather than by its index. */
    private static String key(JsonNode element, int index) {
        if (element.isObject()) {
            if (element.hasNonNull("coalition") && element.hasNonNull("partner")) {
                return element.get("coalition").asText() + ">" + element.get("partner").asText();
            }
            for (String k : new String[] {"nation", "offer", "coalition"}) {
                if (element.hasNonNull(k) && element.get(k).isTextual()) {
                    return element.get(k).asText();
                }
            }
        }
        return String.valueOf(index);
    }
}
