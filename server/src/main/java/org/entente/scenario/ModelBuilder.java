package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a tree that passed the schema and the semantic checks into the immutable model. */
final class ModelBuilder {

    private List<String> allNations = List.of();

    static Scenario build(JsonNode r) {
        return new ModelBuilder().scenario(r);
    }

    private Scenario scenario(JsonNode r) {
        List<Nation> nations = new ArrayList<>();
        allNations = new ArrayList<>();
        for (JsonNode n : r.get("nations")) {
            allNations.add(n.get("id").asText());
        }
        allNations = List.copyOf(allNations);
        for (JsonNode n : r.get("nations")) {
            nations.add(nation(n));
        }
        List<Adversary> adversaries = new ArrayList<>();
        for (JsonNode a : r.get("adversaries")) {
            adversaries.add(new Adversary(s(a, "id"), s(a, "name"), a.get("strength").asDouble(),
                    Aims.fromYaml(s(a, "aims")), s(a, "description")));
        }
        List<Coalition> coalitions = new ArrayList<>();
        for (JsonNode c : r.get("coalitions")) {
            coalitions.add(new Coalition(s(c, "id"), s(c, "name"), s(c, "leader"), Posture.fromYaml(s(c, "posture")),
                    strings(c.get("against")), strings(c.get("members")), opt(c, "description").orElse("")));
        }
        JsonNode ax = r.get("preferenceAxes");
        PreferenceAxes axes = new PreferenceAxes(labels(ax.get("conduct")), labels(ax.get("aims")));
        JsonNode t = r.get("turns");
        JsonNode ph = t.get("phases");
        Turns turns = new Turns(t.get("count").asInt(), new Turns.Phases(ph.get("negotiation").asInt(),
                ph.get("council").asInt(), ph.get("orders").asInt(), ph.get("reports").asInt()),
                opt(t, "represents").orElse(""));
        JsonNode c = r.get("council");
        Council council = new Council(s(c, "name"), Voting.fromYaml(s(c, "voting")),
                opt(c, "coalition").orElse(coalitions.get(0).id()), strings(c.get("initialSeats")));
        List<CrisisEvent> deck = new ArrayList<>();
        for (JsonNode e : r.get("deck")) {
            deck.add(event(e));
        }
        JsonNode w = r.get("war");
        War war = new War(w.get("progress").asDouble(), w.get("victoryAt").asDouble(),
                w.path("peaceTurns").asInt(War.DEFAULT_PEACE_TURNS));
        Bands d = Bands.DEFAULT;
        JsonNode b = r.path("bands");
        Bands bands = new Bands(b.path("coercive").asDouble(d.coercive()), b.path("mixed").asDouble(d.mixed()),
                b.path("indifferent").asDouble(d.indifferent()), b.path("motivated").asDouble(d.motivated()),
                b.path("conditional").asDouble(d.conditional()));
        return new Scenario(s(r, "id"), s(r, "title"), s(r, "summary"), s(r, "briefing"), s(r, "era"),
                opt(r, "date").orElse(""), adversaries, coalitions, nations, axes, turns, council, deck, war, bands);
    }

    private Nation nation(JsonNode n) {
        Map<String, Threat> threat = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("threat").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            threat.put(e.getKey(), new Threat(v.get("power").asDouble(), v.get("proximity").asDouble(),
                    v.get("offensive").asDouble(), v.get("intentions").asDouble()));
        }
        List<Objective> objectives = new ArrayList<>();
        for (JsonNode o : n.get("objectives")) {
            objectives.add(new Objective(s(o, "id"), s(o, "text"), measure(o.get("measure")), o.path("weight").asInt(1)));
        }
        JsonNode p = n.get("preferences");
        JsonNode d = n.get("domestic");
        return new Nation(s(n, "id"), s(n, "name"), Regime.fromYaml(s(n, "regime")), Aims.fromYaml(s(n, "aims")),
                n.get("military").asDouble(), n.get("resources").asInt(), n.get("intelligence").asDouble(),
                threat, doubles(n.get("opportunity")), doubles(n.get("affinity")),
                new Preferences(p.get("conduct").asDouble(), p.get("aims").asDouble()), objectives,
                new Domestic(d.get("extraction").asDouble(), d.get("maxConditionality").asDouble(),
                        d.get("publicSupport").asDouble()), s(n, "briefing"));
    }

    private Measure measure(JsonNode m) {
        String kind = s(m, "kind");
        return switch (kind) {
            case "victory" -> new Measure.Victory(opt(m, "coalition"));
            case "progress" -> new Measure.Progress(m.get("atLeast").asDouble());
            case "seat" -> new Measure.Seat(m.path("minTurns").asInt(1));
            case "aidReceived" -> new Measure.AidReceived(m.get("atLeast").asInt(), opt(m, "from"));
            case "contributionShare" -> new Measure.ContributionShare(optD(m, "atMost"), optD(m, "atLeast"),
                    opt(m, "coalition"));
            case "affinity" -> new Measure.Affinity(s(m, "with"), m.get("atLeast").asDouble());
            case "aimsShift" -> new Measure.AimsShift(Axis.fromYaml(s(m, "axis")), m.get("toward").asDouble(),
                    m.path("tolerance").asDouble(0.15));
            case "stayOut" -> new Measure.StayOut(s(m, "coalition"));
            case "keepOut" -> new Measure.KeepOut(s(m, "nation"), s(m, "coalition"));
            case "member" -> new Measure.Member(s(m, "coalition"));
            case "publicSupport" -> new Measure.PublicSupport(m.get("atLeast").asDouble());
            default -> throw new IllegalStateException("unknown measure kind " + kind);
        };
    }

    private CrisisEvent event(JsonNode e) {
        List<Effect> effects = new ArrayList<>();
        for (JsonNode f : e.get("effects")) {
            effects.add(effect(f));
        }
        List<String> targets = e.has("defaultTargets") ? targets(e.get("defaultTargets")) : allNations;
        return new CrisisEvent(s(e, "id"), s(e, "title"), s(e, "text"), effects, targets, e.path("suggestedTurn").asInt(0));
    }

    private Effect effect(JsonNode f) {
        String kind = s(f, "kind");
        List<String> targets = f.has("targets") ? targets(f.get("targets")) : List.of();
        return switch (kind) {
            case "threat" -> new Effect.ThreatChange(s(f, "adversary"),
                    opt(f, "component").map(ThreatComponent::fromYaml), f.get("delta").asDouble(), targets);
            case "strength" -> new Effect.StrengthChange(s(f, "adversary"), f.get("delta").asDouble());
            case "progress" -> new Effect.ProgressChange(f.get("delta").asDouble());
            case "resources" -> new Effect.ResourcesChange(f.get("delta").asInt(), targets);
            case "extraction" -> new Effect.ExtractionChange(f.get("delta").asDouble(), targets);
            case "publicSupport" -> new Effect.PublicSupportChange(f.get("delta").asDouble(), targets);
            case "opportunity" -> new Effect.OpportunityChange(s(f, "toward"), f.get("delta").asDouble(), targets);
            case "affinity" -> new Effect.AffinityChange(opt(f, "from"), s(f, "toward"), f.get("delta").asDouble(),
                    f.path("mutual").asBoolean(false));
            case "aidCutoff" -> new Effect.AidCutoff(s(f, "from"), opt(f, "to"));
            case "leak" -> new Effect.Leak(s(f, "about"), s(f, "reveals"),
                    f.has("to") ? targets(f.get("to")) : allNations);
            case "governmentFalls" -> new Effect.GovernmentFalls(s(f, "target"), optD(f, "publicSupport"),
                    f.has("preferences") ? Optional.of(new Preferences(f.get("preferences").get("conduct").asDouble(),
                            f.get("preferences").get("aims").asDouble())) : Optional.empty(),
                    f.path("leaves").asBoolean(false));
            case "joins" -> new Effect.Joins(s(f, "nation"), s(f, "coalition"));
            case "leaves" -> new Effect.Leaves(s(f, "nation"), s(f, "coalition"));
            default -> throw new IllegalStateException("unknown effect kind " + kind);
        };
    }

    private List<String> targets(JsonNode t) {
        List<String> ids = strings(t);
        return ids.contains("all") ? allNations : ids;
    }

    private static PreferenceAxes.AxisLabels labels(JsonNode n) {
        return new PreferenceAxes.AxisLabels(s(n, "low"), s(n, "high"));
    }

    private static String s(JsonNode n, String field) {
        return n.get(field).asText();
    }

    private static Optional<String> opt(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<Double> optD(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asDouble());
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Map<String, Double> doubles(JsonNode o) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (o != null) {
            o.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        }
        return out;
    }
}
