package org.entente.bot;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a policy works with: its role, the model its frames built, its seeded random source, the
 * message templates, and one method per protocol command. Every command goes over the websocket and
 * waits for its answer; a rejection is logged and reported as {@code false} (or null), never thrown —
 * a bot, like a player, carries on after a refused move.
 */
public final class BotContext {
    private static final Logger LOG = LoggerFactory.getLogger(BotContext.class);

    private final String role;
    private final BotClient client;
    private final SplittableRandom random;
    private final Templates templates;
    private final List<String> rejections = new ArrayList<>();

    public BotContext(String role, BotClient client, SplittableRandom random) {
        this.role = role;
        this.client = client;
        this.random = random;
        this.templates = new Templates(random.split());
    }

    public String me() {
        return role;
    }

    public BotModel model() {
        return client.model();
    }

    public SplittableRandom random() {
        return random;
    }

    public Templates say() {
        return templates;
    }

    /** The rejections this bot received (code, command), for diagnostics and tests. */
    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Sends a command; returns the ack, or null if it was rejected. */
    public JsonObject send(JsonObject command) {
        JsonObject answer = client.call(command);
        if ("reject".equals(answer.getString("type"))) {
            String line = answer.getString("code") + " " + command.getString("type") + ": " + answer.getString("message");
            synchronized (this) {
                rejections.add(line);
            }
            LOG.debug("bot {}: {}", role, line);
            return null;
        }
        return answer;
    }

    public boolean post(String channel, String text) {
        return send(new JsonObject().put("type", "post").put("channel", channel).put("text", text)) != null;
    }

    /** The bilateral channel with another nation, opened first if neither side has opened it. */
    public String bilateral(String other) {
        String id = role.compareTo(other) < 0 ? "bilateral:" + role + "+" + other : "bilateral:" + other + "+" + role;
        if (!model().hasChannel(id)) {
            send(new JsonObject().put("type", "openBilateral").put("with", other));
        }
        return id;
    }

    public boolean postTo(String other, String text) {
        return post(bilateral(other), text);
    }

    /**
     * Makes an offer and returns its id (read back from the offer.made event, which reaches the
     * sender before the ack), or null if it was refused.
     */
    public String offer(String to, String kind, String form, Double amount, Double severity, String demand,
                        Double stringency, Double requiredForces) {
        JsonObject c = new JsonObject().put("type", "makeOffer").put("to", to).put("kind", kind);
        if (form != null) {
            c.put("form", form);
        }
        if (amount != null) {
            c.put("amount", amount);
        }
        if (severity != null) {
            c.put("severity", severity);
        }
        if (demand != null) {
            c.put("demand", demand);
        }
        if (stringency != null || requiredForces != null) {
            JsonObject cond = new JsonObject();
            if (stringency != null) {
                cond.put("stringency", stringency).put("text", demand == null ? "conditions apply" : demand);
            }
            if (requiredForces != null) {
                cond.put("requiredForces", requiredForces);
            }
            c.put("conditions", cond);
        }
        if (send(c) == null) {
            return null;
        }
        List<JsonObject> mine = model().offers().stream()
                .filter(o -> role.equals(o.getString("from")) && to.equals(o.getString("to"))).toList();
        return mine.isEmpty() ? null : mine.get(mine.size() - 1).getString("id");
    }

    public boolean answer(String offerId, boolean accept) {
        return send(new JsonObject().put("type", "answerOffer").put("offer", offerId).put("accept", accept)) != null;
    }

    /** Declares its stance toward a partner (engage, leave, keepOut) with its reason, unless that stance already stands. */
    public boolean stance(String partner, String coalition, String stance, String reason) {
        if (stance.equals(stanceToward(partner, coalition))) {
            return false;
        }
        return send(new JsonObject().put("type", "setStance").put("partner", partner).put("stance", stance)
                .put("reason", reason).put("coalition", coalition)) != null;
    }

    /** The stance it declared toward a partner in one of its coalitions, or null. */
    public String stanceToward(String partner, String coalition) {
        return model().stances().stream().filter(s -> me().equals(s.getString("leader")) && partner.equals(s.getString("partner"))
                        && coalition.equals(s.getString("coalition")))
                .map(s -> s.getString("stance")).findFirst().orElse(null);
    }

    /** The leaders that have asked it to stay out of their coalition (a keep-out put to it). */
    public java.util.Set<String> keptOutBy() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        model().stances().stream().filter(s -> me().equals(s.getString("partner")) && "keepOut".equals(s.getString("stance")))
                .forEach(s -> out.add(s.getString("leader")));
        return out;
    }

    public boolean seat(String nation, boolean seated) {
        return send(new JsonObject().put("type", "setSeat").put("nation", nation).put("seated", seated)) != null;
    }

    /** Tables an item and returns its id, or null. */
    public String table(String title, String text) {
        if (send(new JsonObject().put("type", "tableItem").put("title", title).put("text", text)) == null) {
            return null;
        }
        List<JsonObject> mine = model().agenda().stream()
                .filter(i -> role.equals(i.getString("by")) && i.getInteger("turn", 0) == model().turn()).toList();
        return mine.isEmpty() ? null : mine.get(mine.size() - 1).getString("id");
    }

    public boolean propose(String item, String kind, String text, String axis, Double toward, Double minForces) {
        JsonObject c = new JsonObject().put("type", "propose").put("item", item).put("kind", kind).put("text", text);
        if (axis != null) {
            c.put("axis", axis);
        }
        if (toward != null) {
            c.put("toward", toward);
        }
        if (minForces != null) {
            c.put("minForces", minForces);
        }
        return send(c) != null;
    }

    public boolean vote(String proposal, boolean yes) {
        return send(new JsonObject().put("type", "vote").put("proposal", proposal).put("yes", yes)) != null;
    }

    public boolean join(String coalition) {
        return send(new JsonObject().put("type", "joinCoalition").put("coalition", coalition)) != null;
    }

    public boolean orders(JsonObject orders) {
        return send(orders.copy().put("type", "submitOrders")) != null;
    }

    // --- reading the model ---------------------------------------------------------------------

    /** Offers to this role in the current turn still awaiting an answer, in the order they were made. */
    public List<JsonObject> pendingOffersToMe() {
        int turn = model().turn();
        return model().offers().stream().filter(o -> role.equals(o.getString("to")) && "pending".equals(o.getString("status"))
                && o.getInteger("turn", 0) == turn).toList();
    }

    /** Offers of this turn between this role and others, in any state. */
    public List<JsonObject> offersThisTurn() {
        int turn = model().turn();
        return model().offers().stream().filter(o -> o.getInteger("turn", 0) == turn).toList();
    }

    /** The coalitions this role leads. */
    public List<JsonObject> coalitionsILead() {
        return model().coalitions().stream().filter(c -> role.equals(c.getString("leader"))).toList();
    }

    /** The first coalition this role is a member of, or null. */
    public JsonObject myCoalition() {
        return model().coalitions().stream().filter(c -> c.getJsonArray("members", new JsonArray()).contains(role))
                .findFirst().orElse(null);
    }

    public boolean memberOf(JsonObject coalition) {
        return coalition.getJsonArray("members", new JsonArray()).contains(role);
    }

    /** The coalition a leader leads (the first, if several), for a partner choosing where to fight. */
    /**
     * The coalition a partner joins when it fights for this leader: of those the leader leads, the one at war with the
     * adversary that threatens it most (balance of threat: Oran, under Tavria's missiles, fights in the south, not
     * against a Karsk that does not threaten it); the first in the scenario's order when none threatens it more.
     */
    public JsonObject coalitionLedBy(String leader) {
        JsonObject threat = model().you().getJsonObject("threat", new JsonObject());
        JsonObject best = null;
        double gravest = -1;
        for (JsonObject c : model().coalitions()) {
            if (!leader.equals(c.getString("leader"))) {
                continue;
            }
            double t = 0;
            for (Object a : c.getJsonArray("against", new io.vertx.core.json.JsonArray())) {
                t = Math.max(t, threat.getDouble(String.valueOf(a), 0.0));
            }
            if (t > gravest) {
                gravest = t;
                best = c;
            }
        }
        return best;
    }

    public static double conditionsForces(JsonObject offer) {
        JsonObject c = offer.getJsonObject("conditions");
        return c == null || c.getValue("requiredForces") == null ? 0 : c.getDouble("requiredForces");
    }

    public static double stringency(JsonObject offer) {
        JsonObject c = offer.getJsonObject("conditions");
        return c == null ? 0 : c.getDouble("stringency", 0.0);
    }

    public static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
