package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a bot knows of its session, built only from the frames its role receives: the welcome's
 * snapshot (and the refreshed snapshots that follow phase changes), then each event in order. The
 * same information a player's browser has — nothing more. Thread-safe: frames are applied on the
 * connection's event loop while the bot's policy reads on its own thread.
 */
public final class BotModel {
    private static final int KEEP_MESSAGES = 5000;

    private String sessionId;
    private String role;
    private long seq = -1;
    private JsonObject game = new JsonObject();
    private int turn;
    private String phase = "lobby";
    private final Map<String, JsonObject> offers = new LinkedHashMap<>();
    private final Map<String, JsonObject> agenda = new LinkedHashMap<>();
    private final Map<String, JsonObject> proposals = new LinkedHashMap<>();
    private final TreeSet<String> seats = new TreeSet<>();
    private final TreeSet<String> channels = new TreeSet<>();
    private final List<JsonObject> reports = new ArrayList<>();
    private final List<JsonObject> adjudications = new ArrayList<>();
    private final List<JsonObject> messages = new ArrayList<>();
    /** "COALITION>PARTNER" → the stance.set in force that this role may see. */
    private final Map<String, JsonObject> stances = new LinkedHashMap<>();
    private JsonObject ended;

    /** A welcome frame: with a snapshot the model starts over; without one (a resume) it carries on. */
    synchronized void welcome(JsonObject welcome) {
        sessionId = welcome.getString("session");
        role = welcome.getString("role");
        seq = welcome.getLong("seq");
        JsonObject snapshot = welcome.getJsonObject("snapshot");
        if (snapshot != null) {
            replace(snapshot, true);
        }
    }

    /** A refreshed view sent after a phase change, a seat, a crisis: the figures now. */
    synchronized void snapshot(JsonObject frame) {
        seq = Math.max(seq, frame.getLong("seq"));
        replace(frame.getJsonObject("snapshot"), false);
    }

    /** Applies an event frame once; returns false for one already applied (after a resume). */
    synchronized boolean apply(JsonObject frame) {
        long at = frame.getLong("seq");
        if (at <= seq) {
            return false;
        }
        seq = at;
        JsonObject e = frame.getJsonObject("event");
        switch (e.getString("type", "")) {
            case "phase.began" -> {
                turn = e.getInteger("turn");
                phase = e.getString("phase");
            }
            case "offer.made" -> {
                JsonObject o = e.getJsonObject("offer");
                offers.put(o.getString("id"), o.copy());
            }
            case "offer.answered" -> {
                JsonObject o = offers.get(e.getString("offer"));
                if (o != null) {
                    o.put("status", e.getString("status"));
                }
            }
            case "council.seat" -> {
                if (e.getBoolean("seated")) {
                    seats.add(e.getString("nation"));
                } else {
                    seats.remove(e.getString("nation"));
                }
            }
            case "stance.set" -> stances.put(e.getString("coalition") + ">" + e.getString("partner"), e.copy());
            case "council.item" -> agenda.put(e.getJsonObject("item").getString("id"), e.getJsonObject("item").copy());
            case "council.proposal" -> proposals.put(e.getJsonObject("proposal").getString("id"), e.getJsonObject("proposal").copy());
            case "council.vote" -> {
                JsonObject p = proposals.get(e.getString("proposal"));
                if (p != null) {
                    JsonObject votes = p.getJsonObject("votes", new JsonObject());
                    votes.put(e.getString("nation"), e.getBoolean("yes"));
                    p.put("votes", votes);
                }
            }
            case "council.resolved" -> {
                JsonObject p = proposals.get(e.getString("proposal"));
                if (p != null) {
                    p.put("status", e.getBoolean("adopted") ? "adopted" : "rejected");
                }
            }
            case "channel.opened" -> channels.add(e.getString("channel"));
            case "message.posted" -> {
                messages.add(e.copy());
                if (messages.size() > KEEP_MESSAGES) {
                    messages.remove(0);
                }
            }
            case "turn.report" -> reports.add(e.getJsonObject("report").copy());
            case "turn.adjudicated" -> adjudications.add(e.getJsonObject("adjudication").copy());
            case "exercise.ended" -> {
                ended = e.copy();
                phase = "ended";
            }
            default -> {
                // other events change figures that the next refreshed snapshot carries
            }
        }
        return true;
    }

    /**
     * A patch frame: the members of the view that changed since the last refresh, nested as in the view (the
     * game's and its {@code you}'s members one by one); the rest stand.
     */
    synchronized void patch(JsonObject frame) {
        seq = Math.max(seq, frame.getLong("seq"));
        JsonObject g = frame.getJsonObject("patch", new JsonObject()).getJsonObject("game");
        if (g == null) {
            return;
        }
        JsonObject merged = game.copy();
        for (String member : g.fieldNames()) {
            Object value = g.getValue(member);
            if ("you".equals(member) && value instanceof JsonObject you && merged.getValue("you") instanceof JsonObject held) {
                merged.put("you", held.copy().mergeIn(you));
            } else {
                merged.put(member, value);
            }
        }
        game = merged;
        if (g.getValue("clock") instanceof JsonObject clock) {
            turn = clock.getInteger("turn", turn);
            phase = clock.getString("phase", phase);
        }
        takeCollections(g);
    }

    /** The offers (merged by id), agenda, proposals, seats, stances and end that {@code g} holds; what it leaves out stands. */
    private void takeCollections(JsonObject g) {
        for (Object o : g.getJsonArray("offers", new JsonArray())) {
            JsonObject offer = (JsonObject) o;
            offers.put(offer.getString("id"), offer.copy());
        }
        if (g.getJsonArray("agenda") != null) {
            agenda.clear();
            for (Object o : g.getJsonArray("agenda")) {
                agenda.put(((JsonObject) o).getString("id"), ((JsonObject) o).copy());
            }
        }
        if (g.getJsonArray("proposals") != null) {
            proposals.clear();
            for (Object o : g.getJsonArray("proposals")) {
                proposals.put(((JsonObject) o).getString("id"), ((JsonObject) o).copy());
            }
        }
        if (g.getJsonArray("seats") != null) {
            seats.clear();
            g.getJsonArray("seats").forEach(s -> seats.add((String) s));
        }
        if (g.getJsonArray("stances") != null) {
            stances.clear();
            for (Object o : g.getJsonArray("stances")) {
                JsonObject s = (JsonObject) o;
                stances.put(s.getString("coalition") + ">" + s.getString("partner"), s.copy());
            }
        }
        if (g.getValue("ended") instanceof JsonObject e) {
            ended = e.copy();
        }
    }

    private void replace(JsonObject snapshot, boolean history) {
        JsonObject g = snapshot.getJsonObject("game", new JsonObject());
        JsonObject before = game;
        game = g.copy();
        if (!history && before != null) {
            // A refresh leaves out what never changes; its offers are this turn's and the last (merged below).
            for (String unchanged : new String[] {"scenario", "deck"}) {
                if (game.getValue(unchanged) == null && before.getValue(unchanged) != null) {
                    game.put(unchanged, before.getValue(unchanged));
                }
            }
        }
        JsonObject clock = g.getJsonObject("clock", new JsonObject());
        turn = clock.getInteger("turn", 0);
        phase = clock.getString("phase", "lobby");
        if (history) {
            offers.clear();
        }
        // a view holds them all: start them over (offers merge, as a refresh holds only the recent ones)
        agenda.clear();
        proposals.clear();
        seats.clear();
        stances.clear();
        takeCollections(g);
        JsonArray snapshotChannels = snapshot.getJsonArray("channels");
        if (snapshotChannels != null) { // a refresh leaves them out: the events keep them current
            channels.clear();
        }
        for (Object c : snapshotChannels == null ? new JsonArray() : snapshotChannels) {
            channels.add(((JsonObject) c).getString("id"));
            if (history) {
                for (Object m : ((JsonObject) c).getJsonArray("messages", new JsonArray())) {
                    messages.add(((JsonObject) m).copy().put("channel", ((JsonObject) c).getString("id")));
                }
            }
        }
        JsonObject byNation = g.getJsonObject("reports");
        if (byNation != null && role != null && byNation.getJsonArray(role) != null) {
            reports.clear();
            byNation.getJsonArray(role).forEach(r -> reports.add(((JsonObject) r).copy()));
        }
        JsonArray adj = g.getJsonArray("adjudications");
        if (adj != null && !adj.isEmpty()) {
            adjudications.clear();
            adj.forEach(a -> adjudications.add(((JsonObject) a).copy()));
        }
    }

    public synchronized String sessionId() {
        return sessionId;
    }

    public synchronized String role() {
        return role;
    }

    public synchronized long seq() {
        return seq;
    }

    public synchronized int turn() {
        return turn;
    }

    public synchronized String phase() {
        return phase;
    }

    public synchronized int turns() {
        return game.getInteger("turns", 0);
    }

    public synchronized double victoryAt() {
        return game.getDouble("victoryAt", 1.0);
    }

    /** The role's own figures (null for the white cell). */
    public synchronized JsonObject you() {
        JsonObject you = game.getJsonObject("you");
        return you == null ? new JsonObject() : you.copy();
    }

    public synchronized List<JsonObject> coalitions() {
        List<JsonObject> out = new ArrayList<>();
        game.getJsonArray("coalitions", new JsonArray()).forEach(c -> out.add(((JsonObject) c).copy()));
        return out;
    }

    /** Every nation's id, in the scenario's order. */
    public synchronized List<String> nations() {
        List<String> out = new ArrayList<>();
        game.getJsonArray("nations", new JsonArray()).forEach(n -> out.add(((JsonObject) n).getString("id")));
        return out;
    }

    /** A nation's military power (public: every player sees it), 0 if unknown. */
    public synchronized double military(String id) {
        for (Object n : game.getJsonArray("nations", new JsonArray())) {
            if (id.equals(((JsonObject) n).getString("id"))) {
                return ((JsonObject) n).getDouble("military", 0.0);
            }
        }
        return 0;
    }

    public synchronized String nationName(String id) {
        for (Object n : game.getJsonArray("nations", new JsonArray())) {
            if (id.equals(((JsonObject) n).getString("id"))) {
                return ((JsonObject) n).getString("name", id);
            }
        }
        return id;
    }

    public synchronized String councilName() {
        return game.getJsonObject("scenario", new JsonObject()).getString("councilName", "council");
    }

    public synchronized List<JsonObject> offers() {
        return offers.values().stream().map(JsonObject::copy).toList();
    }

    /** The stances in force that this role may see: its own as a leader, a keep-out put to it. */
    public synchronized List<JsonObject> stances() {
        return stances.values().stream().map(JsonObject::copy).toList();
    }

    public synchronized List<JsonObject> agenda() {
        return agenda.values().stream().map(JsonObject::copy).toList();
    }

    public synchronized List<JsonObject> proposals() {
        return proposals.values().stream().map(JsonObject::copy).toList();
    }

    public synchronized boolean seated(String nation) {
        return seats.contains(nation);
    }

    public synchronized boolean hasChannel(String id) {
        return channels.contains(id);
    }

    public synchronized List<JsonObject> reports() {
        return reports.stream().map(JsonObject::copy).toList();
    }

    public synchronized JsonObject lastReport() {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1).copy();
    }

    public synchronized List<JsonObject> adjudications() {
        return adjudications.stream().map(JsonObject::copy).toList();
    }

    public synchronized List<JsonObject> messages() {
        return messages.stream().map(JsonObject::copy).toList();
    }

    public synchronized JsonObject ended() {
        return ended == null ? null : ended.copy();
    }
}
