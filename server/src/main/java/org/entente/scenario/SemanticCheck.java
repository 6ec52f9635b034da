package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a JSON Schema cannot express: unique ids, references that resolve, leaders that are members,
 * ordered bands, objectives' parameters that make sense. Works on the raw tree, defensively, so that it can
 * report alongside schema errors (anything of the wrong shape is skipped here: the schema reports it).
 */
final class SemanticCheck {

    private final LocatedTree tree;
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private final Set<String> nations = new LinkedHashSet<>();
    private final Set<String> adversaries = new LinkedHashSet<>();
    private final Set<String> coalitions = new LinkedHashSet<>();
    private final Map<String, Set<String>> members = new HashMap<>();

    private SemanticCheck(LocatedTree tree, String source) {
        this.tree = tree;
        this.source = source;
    }

    static List<Problem> check(LocatedTree tree, String source) {
        SemanticCheck c = new SemanticCheck(tree, source);
        c.run();
        return c.problems;
    }

    private void problem(String path, String message) {
        LocatedTree.Pos pos = tree.value(path);
        problems.add(new Problem(source, pos.line(), pos.column(), path, message));
    }

    private void keyProblem(String path, String message) {
        LocatedTree.Pos pos = tree.key(path);
        problems.add(new Problem(source, pos.line(), pos.column(), path, message));
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private void run() {
        JsonNode root = tree.root;
        if (!root.isObject()) {
            return;
        }
        collectIds(root.get("adversaries"), "adversaries", adversaries, "adversary");
        collectIds(root.get("coalitions"), "coalitions", coalitions, "coalition");
        collectIds(root.get("nations"), "nations", nations, "nation");
        for (String id : coalitions) {
            if (adversaries.contains(id)) {
                // reported at the coalition: adversary and coalition ids share one name space (opportunity keys)
                JsonNode cs = root.get("coalitions");
                for (int i = 0; i < cs.size(); i++) {
                    if (id.equals(text(cs.get(i).get("id")))) {
                        problem("coalitions[" + i + "].id", "'" + id + "' is already an adversary's id");
                    }
                }
            }
        }
        checkCoalitions(root.get("coalitions"));
        checkNations(root.get("nations"));
        checkCouncil(root.get("council"));
        int turns = root.path("turns").path("count").isInt() ? root.path("turns").path("count").asInt() : 40;
        checkDeck(root.get("deck"), turns);
        checkWar(root.get("war"));
        checkBands(root.get("bands"));
        checkLessons(root.get("lessons"));
    }

    private void collectIds(JsonNode list, String path, Set<String> into, String what) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String id = text(list.get(i).get("id"));
            if (id != null && !into.add(id)) {
                problem(path + "[" + i + "].id", "duplicate " + what + " id '" + id + "'");
            }
        }
    }

    private void nationRef(JsonNode n, String path, String what) {
        String id = text(n);
        if (id != null && !nations.contains(id)) {
            problem(path, "unknown nation '" + id + "'" + (what == null ? "" : " (" + what + ")") + "; nations are " + nations);
        }
    }

    private void adversaryRef(JsonNode n, String path) {
        String id = text(n);
        if (id != null && !adversaries.contains(id)) {
            problem(path, "unknown adversary '" + id + "'; adversaries are " + adversaries);
        }
    }

    private void coalitionRef(JsonNode n, String path) {
        String id = text(n);
        if (id != null && !coalitions.contains(id)) {
            problem(path, "unknown coalition '" + id + "'; coalitions are " + coalitions);
        }
    }

    private void checkCoalitions(JsonNode list) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String p = "coalitions[" + i + "]";
            Set<String> ms = new LinkedHashSet<>();
            JsonNode m = c.get("members");
            if (m != null && m.isArray()) {
                for (int j = 0; j < m.size(); j++) {
                    String id = text(m.get(j));
                    nationRef(m.get(j), p + ".members[" + j + "]", null);
                    if (id != null && !ms.add(id)) {
                        problem(p + ".members[" + j + "]", "'" + id + "' is listed twice");
                    }
                }
            }
            String cid = text(c.get("id"));
            if (cid != null) {
                members.putIfAbsent(cid, ms);
            }
            JsonNode a = c.get("against");
            if (a != null && a.isArray()) {
                Set<String> seen = new HashSet<>();
                for (int j = 0; j < a.size(); j++) {
                    adversaryRef(a.get(j), p + ".against[" + j + "]");
                    String id = text(a.get(j));
                    if (id != null && !seen.add(id)) {
                        problem(p + ".against[" + j + "]", "'" + id + "' is listed twice");
                    }
                }
            }
            String leader = text(c.get("leader"));
            if (leader != null) {
                if (!nations.contains(leader)) {
                    nationRef(c.get("leader"), p + ".leader", null);
                } else if (m != null && m.isArray() && !ms.contains(leader)) {
                    problem(p + ".leader", "the leader '" + leader + "' is not one of the coalition's members " + ms);
                }
            }
        }
    }

    private void checkNations(JsonNode list) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String p = "nations[" + i + "]";
            String self = text(n.get("id"));
            JsonNode threat = n.get("threat");
            if (threat != null && threat.isObject()) {
                for (Iterator<String> it = threat.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!adversaries.contains(k)) {
                        keyProblem(LocatedTree.child(p + ".threat", k), "unknown adversary '" + k + "'; adversaries are " + adversaries);
                    }
                }
            }
            JsonNode opp = n.get("opportunity");
            if (opp != null && opp.isObject()) {
                for (Iterator<String> it = opp.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!adversaries.contains(k) && !coalitions.contains(k)) {
                        keyProblem(LocatedTree.child(p + ".opportunity", k),
                                "unknown adversary or coalition '" + k + "'");
                    }
                }
            }
            JsonNode aff = n.get("affinity");
            if (aff != null && aff.isObject()) {
                for (Iterator<String> it = aff.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    String kp = LocatedTree.child(p + ".affinity", k);
                    if (k.equals(self)) {
                        keyProblem(kp, "a nation has no affinity toward itself");
                    } else if (!nations.contains(k)) {
                        keyProblem(kp, "unknown nation '" + k + "'; nations are " + nations);
                    }
                }
            }
            JsonNode objs = n.get("objectives");
            if (objs != null && objs.isArray()) {
                Set<String> ids = new HashSet<>();
                for (int j = 0; j < objs.size(); j++) {
                    String op = p + ".objectives[" + j + "]";
                    String oid = text(objs.get(j).get("id"));
                    if (oid != null && !ids.add(oid)) {
                        problem(op + ".id", "duplicate objective id '" + oid + "' in this nation");
                    }
                    checkMeasure(objs.get(j).get("measure"), op + ".measure", self);
                }
            }
        }
    }

    private void checkMeasure(JsonNode m, String p, String self) {
        if (m == null || !m.isObject()) {
            return;
        }
        String kind = text(m.get("kind"));
        if (kind == null) {
            return;
        }
        if (m.has("coalition")) {
            coalitionRef(m.get("coalition"), p + ".coalition");
        }
        switch (kind) {
            case "aidReceived" -> {
                if (m.has("from")) {
                    nationRef(m.get("from"), p + ".from", null);
                    if (text(m.get("from")) != null && text(m.get("from")).equals(self)) {
                        problem(p + ".from", "a nation cannot receive aid from itself");
                    }
                }
            }
            case "contributionShare" -> {
                JsonNode lo = m.get("atLeast");
                JsonNode hi = m.get("atMost");
                if (lo != null && hi != null && lo.isNumber() && hi.isNumber() && lo.asDouble() > hi.asDouble()) {
                    problem(p + ".atLeast", "atLeast (" + lo.asDouble() + ") is above atMost (" + hi.asDouble() + ")");
                }
            }
            case "affinity" -> {
                nationRef(m.get("with"), p + ".with", null);
                if (self != null && self.equals(text(m.get("with")))) {
                    problem(p + ".with", "an affinity objective must name another nation");
                }
            }
            case "keepOut" -> {
                nationRef(m.get("nation"), p + ".nation", null);
                if (self != null && self.equals(text(m.get("nation")))) {
                    problem(p + ".nation", "keepOut names another nation; to stay out yourself use stayOut");
                }
            }
            default -> {
            }
        }
    }

    private void checkCouncil(JsonNode c) {
        if (c == null || !c.isObject()) {
            return;
        }
        String coalition;
        if (c.has("coalition")) {
            coalitionRef(c.get("coalition"), "council.coalition");
            coalition = text(c.get("coalition"));
        } else {
            coalition = coalitions.isEmpty() ? null : coalitions.iterator().next();
        }
        Set<String> ms = coalition == null ? null : members.get(coalition);
        JsonNode seats = c.get("initialSeats");
        if (seats == null || !seats.isArray()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            String sp = "council.initialSeats[" + i + "]";
            String id = text(seats.get(i));
            if (id == null) {
                continue;
            }
            if (!nations.contains(id)) {
                nationRef(seats.get(i), sp, null);
            } else if (ms != null && !ms.contains(id)) {
                problem(sp, "'" + id + "' is not a member of coalition '" + coalition + "' whose council this is");
            }
            if (!seen.add(id)) {
                problem(sp, "'" + id + "' is seated twice");
            }
        }
    }

    private void checkTargets(JsonNode t, String p) {
        if (t == null || !t.isArray()) {
            return;
        }
        boolean all = false;
        for (int i = 0; i < t.size(); i++) {
            String id = text(t.get(i));
            if ("all".equals(id)) {
                all = true;
            } else {
                nationRef(t.get(i), p + "[" + i + "]", null);
            }
        }
        if (all && t.size() > 1) {
            problem(p, "'all' stands alone: list nation ids or write [all]");
        }
    }

    private void checkDeck(JsonNode deck, int turns) {
        if (deck == null || !deck.isArray()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < deck.size(); i++) {
            JsonNode e = deck.get(i);
            String p = "deck[" + i + "]";
            String id = text(e.get("id"));
            if (id != null && !ids.add(id)) {
                problem(p + ".id", "duplicate event id '" + id + "'");
            }
            JsonNode st = e.get("suggestedTurn");
            if (st != null && st.isInt() && st.asInt() > turns) {
                problem(p + ".suggestedTurn", "turn " + st.asInt() + " is after the last turn (" + turns + ")");
            }
            checkTargets(e.get("defaultTargets"), p + ".defaultTargets");
            JsonNode effects = e.get("effects");
            if (effects == null || !effects.isArray()) {
                continue;
            }
            for (int j = 0; j < effects.size(); j++) {
                checkEffect(effects.get(j), p + ".effects[" + j + "]");
            }
        }
    }

    private void checkEffect(JsonNode f, String p) {
        if (f == null || !f.isObject()) {
            return;
        }
        String kind = text(f.get("kind"));
        if (kind == null) {
            return;
        }
        checkTargets(f.get("targets"), p + ".targets");
        switch (kind) {
            case "threat", "strength" -> adversaryRef(f.get("adversary"), p + ".adversary");
            case "opportunity" -> {
                String id = text(f.get("toward"));
                if (id != null && !adversaries.contains(id) && !coalitions.contains(id)) {
                    problem(p + ".toward", "unknown adversary or coalition '" + id + "'");
                }
            }
            case "affinity" -> {
                if (f.has("from")) {
                    nationRef(f.get("from"), p + ".from", null);
                }
                nationRef(f.get("toward"), p + ".toward", null);
                if (f.has("from") && text(f.get("from")) != null && text(f.get("from")).equals(text(f.get("toward")))) {
                    problem(p + ".toward", "affinity toward itself");
                }
            }
            case "aidCutoff" -> {
                nationRef(f.get("from"), p + ".from", null);
                if (f.has("to")) {
                    nationRef(f.get("to"), p + ".to", null);
                    if (text(f.get("to")) != null && text(f.get("to")).equals(text(f.get("from")))) {
                        problem(p + ".to", "a nation does not send aid to itself");
                    }
                }
            }
            case "leak" -> {
                nationRef(f.get("about"), p + ".about", null);
                checkTargets(f.get("to"), p + ".to");
            }
            case "governmentFalls" -> nationRef(f.get("target"), p + ".target", null);
            case "joins", "leaves" -> {
                nationRef(f.get("nation"), p + ".nation", null);
                coalitionRef(f.get("coalition"), p + ".coalition");
            }
            default -> {
            }
        }
    }

    private void checkWar(JsonNode w) {
        if (w == null || !w.isObject()) {
            return;
        }
        JsonNode pr = w.get("progress");
        JsonNode v = w.get("victoryAt");
        if (pr != null && v != null && pr.isNumber() && v.isNumber() && pr.asDouble() >= v.asDouble()) {
            problem("war.progress", "initial progress " + pr.asDouble() + " is already at or past victoryAt " + v.asDouble());
        }
    }

    private void checkBands(JsonNode b) {
        if (b == null || !b.isObject()) {
            return;
        }
        String[] order = {"coercive", "mixed", "indifferent", "motivated"};
        double[] defaults = {Bands.DEFAULT.coercive(), Bands.DEFAULT.mixed(), Bands.DEFAULT.indifferent(),
                Bands.DEFAULT.motivated()};
        double[] eff = new double[4];
        for (int i = 0; i < 4; i++) {
            JsonNode n = b.get(order[i]);
            eff[i] = n != null && n.isNumber() ? n.asDouble() : defaults[i];
        }
        for (int i = 1; i < 4; i++) {
            if (!(eff[i - 1] < eff[i])) {
                // report at whichever of the two the file sets (the later one if both)
                String at = b.has(order[i]) ? order[i] : order[i - 1];
                problem("bands." + at, "band edges must be ordered coercive < mixed < indifferent < motivated, but "
                        + order[i - 1] + " = " + eff[i - 1] + " and " + order[i] + " = " + eff[i]
                        + (b.has(order[i]) && b.has(order[i - 1]) ? "" : " (the framework's default)"));
            }
        }
    }

    /** A lesson's evidence names coalitions and nations of this scenario; a relationship's partners are not its leader. */
    private void checkLessons(JsonNode list) {
        if (list == null || !list.isArray()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String p = "lessons[" + i + "]";
            String id = text(list.get(i).get("id"));
            if (id != null && !ids.add(id)) {
                problem(p + ".id", "duplicate lesson id '" + id + "'");
            }
            JsonNode e = list.get(i).get("evidence");
            if (e == null || !e.isObject()) {
                continue;
            }
            coalitionRef(e.get("coalition"), p + ".evidence.coalition");
            nationRef(e.get("nation"), p + ".evidence.nation", null);
            String leader = null;
            JsonNode cs = tree.root.get("coalitions");
            for (int c = 0; cs != null && cs.isArray() && c < cs.size(); c++) {
                if (text(cs.get(c).get("id")) != null && text(cs.get(c).get("id")).equals(text(e.get("coalition")))) {
                    leader = text(cs.get(c).get("leader"));
                }
            }
            JsonNode partners = e.get("partners");
            for (int j = 0; partners != null && partners.isArray() && j < partners.size(); j++) {
                nationRef(partners.get(j), p + ".evidence.partners[" + j + "]", null);
                if (leader != null && leader.equals(text(partners.get(j)))) {
                    problem(p + ".evidence.partners[" + j + "]", "'" + leader + "' leads the coalition; a leader is not its own partner");
                }
            }
        }
    }
}
