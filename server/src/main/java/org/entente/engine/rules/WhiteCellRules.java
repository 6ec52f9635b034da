package org.entente.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.engine.Decision;
import org.entente.engine.Ids;
import org.entente.engine.command.AddNote;
import org.entente.engine.command.ComposeCrisis;
import org.entente.engine.crisis.ComposedCard;
import org.entente.engine.command.IssueAccess;
import org.entente.engine.command.RevokeAccess;
import org.entente.engine.event.AccessIssued;
import org.entente.engine.event.AccessRevoked;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.crisis.Change;
import org.entente.engine.crisis.CrisisResolver;
import org.entente.engine.event.CrisisAnnounced;
import org.entente.engine.event.CrisisApplied;
import org.entente.engine.event.CrisisScheduled;
import org.entente.engine.event.Event;
import org.entente.engine.event.NoteAdded;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.turn.Phase;
import org.entente.engine.world.World;
import org.entente.scenario.CrisisEvent;

/** The white cell's hand on the exercise: crises, overrides with a reason, notes. */
final class WhiteCellRules {
    private static final Set<String> FAILURES = Set.of("NONE", "MALIGN_NEGLECT", "HEAVY_HANDEDNESS", "LIGHT_HANDEDNESS");

    private WhiteCellRules() {
    }

    static Decision playCrisis(Move m, PlayCrisis c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        if (w.clock().phase() == Phase.ENDED) {
            return Decision.reject("WRONG_PHASE", null, "The exercise has ended.");
        }
        CrisisEvent card = w.scenario().event(c.card()).orElse(null);
        if (card == null) {
            return Decision.reject("UNKNOWN_CARD", "card", "The deck has no card '" + c.card() + "'.");
        }
        return playOrSchedule(w, card, c.targets(), c.tell(), c.atTurn(), null);
    }

    static Decision compose(Move m, ComposeCrisis c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        World w = m.world();
        if (w.clock().phase() == Phase.ENDED) {
            return Decision.reject("WRONG_PHASE", null, "The exercise has ended.");
        }
        String id = Ids.derive(w.seed(), "crisis", m.nextSeq());
        ComposedCard.Parsed parsed = ComposedCard.parse(w.scenarioYaml(), c.cardJson(), id);
        if (parsed.card() == null) {
            return Decision.reject("INVALID_CARD", parsed.field(), parsed.problem());
        }
        return playOrSchedule(w, parsed.card(), c.targets(), c.tell(), c.atTurn(), c.cardJson());
    }

    /** A card played now, or set for the start of a later turn ({@code composed}: its JSON, if composed on the spot). */
    private static Decision playOrSchedule(World w, CrisisEvent card, List<String> targetsAsked, List<String> tell,
                                           Integer atTurn, String composed) {
        Decision badNations = nations(w, targetsAsked, "targets");
        if (badNations == null) {
            badNations = nations(w, tell, "tell");
        }
        if (badNations != null) {
            return badNations;
        }
        List<String> targets = targetsAsked.isEmpty() ? card.defaultTargets() : expand(w, targetsAsked);
        int turn = w.clock().turn();
        if (atTurn != null && atTurn != turn) {
            int last = w.scenario().turns().count();
            if (atTurn < turn || atTurn > last) {
                return Decision.reject("INVALID_FIELD", "atTurn", "A crisis can be set for a turn from " + (turn + 1) + " to " + last
                        + ", or played now.");
            }
            return Decision.accept(new CrisisScheduled(card.id(), atTurn, targets, expand(w, tell), composed));
        }
        return new Decision.Accepted(strike(w, card, targets, expand(w, tell)));
    }

    /** The events of a crisis striking now: the changes (white cell), the news (the nations told), any leaks. */
    static List<Event> strike(World w, CrisisEvent card, List<String> targets, List<String> tell) {
        CrisisResolver r = CrisisResolver.resolve(w, card.effects(), targets);
        List<Event> events = new ArrayList<>();
        events.add(new CrisisApplied(card.id(), card.title(), targets, r.changes));
        List<String> withNews = r.leaks.stream().filter(l -> l.to().isEmpty()).map(CrisisResolver.LeakNotice::text).toList();
        events.add(new CrisisAnnounced(card.id(), card.title(), card.text(), tell, withNews));
        for (CrisisResolver.LeakNotice leak : r.leaks) {
            if (!leak.to().isEmpty()) {
                events.add(new CrisisAnnounced(card.id(), card.title() + ": a leak", leak.text(), leak.to(), List.of(leak.text())));
            }
        }
        return events;
    }

    /** Crises set for a turn, struck as it begins. */
    static List<Event> due(World w, int turn) {
        List<Event> events = new ArrayList<>();
        for (CrisisScheduled s : w.scheduled()) {
            if (s.atTurn() == turn) {
                CrisisEvent card = s.composed() == null ? w.scenario().event(s.card()).orElse(null)
                        : ComposedCard.parse(w.scenarioYaml(), s.composed(), s.card()).card();
                if (card != null) {
                    events.addAll(strike(w, card, s.targets(), s.tell()));
                }
            }
        }
        return events;
    }

    static Decision override(Move m, OverrideResult c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (c.reason() == null || c.reason().isBlank()) {
            return Decision.reject("MISSING_FIELD", "reason", "An override needs a stated reason: reviewers will read it beside the original.");
        }
        if (c.changes().isEmpty()) {
            return Decision.reject("MISSING_FIELD", "set", "Say what to set.");
        }
        World w = m.world();
        List<String> was = new ArrayList<>();
        for (int i = 0; i < c.changes().size(); i++) {
            String field = c.changes().size() == 1 ? "set" : "set[" + i + "]";
            Change change = c.changes().get(i);
            String before = Overrides.describeBefore(w, change);
            if (before == null) {
                return Decision.reject("UNKNOWN_TARGET", field, "Nothing to override: " + Overrides.whatIsMissing(w, change));
            }
            if (change instanceof Change.Failure f && !FAILURES.contains(f.failure())) {
                return Decision.reject("INVALID_FIELD", field + ".failure", "A failure is one of " + FAILURES + ".");
            }
            was.add(before);
        }
        List<Event> events = new ArrayList<>();
        events.add(new ResultOverridden(w.clock().turn(), c.changes(), was, c.reason()));
        java.util.Map<String, List<Change>> told = new java.util.TreeMap<>();
        for (Change change : c.changes()) {
            String owner = ownerOf(change);
            if (owner != null && w.nation(owner) != null) {
                told.computeIfAbsent(owner, k -> new ArrayList<>()).add(change);
            }
        }
        told.forEach((nation, changes) -> events.add(new org.entente.engine.event.OverrideAnnounced(nation, changes)));
        return Decision.accept(events.toArray(Event[]::new));
    }

    /** The nation whose own figure a change sets, if any: it is told of the change. */
    private static String ownerOf(Change change) {
        if (change instanceof Change.Resources x) {
            return x.nation();
        } else if (change instanceof Change.Extraction x) {
            return x.nation();
        } else if (change instanceof Change.PublicSupport x) {
            return x.nation();
        } else if (change instanceof Change.Affinity x) {
            return x.from();
        } else if (change instanceof Change.Opportunity x) {
            return x.nation();
        } else if (change instanceof Change.Threat x) {
            return x.nation();
        } else if (change instanceof Change.Preferences x) {
            return x.nation();
        }
        return null;
    }

    static Decision lockChannel(Move m, org.entente.engine.command.LockChannel c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        var channel = m.state().channel(c.channel());
        if (channel.isEmpty()) {
            return Decision.reject("UNKNOWN_CHANNEL", "channel", "There is no channel '" + c.channel() + "' in this session.");
        }
        if (channel.get().kind() == org.entente.engine.ChannelKind.WHITE_CELL) {
            return Decision.reject("INVALID_FIELD", "channel", "A nation's channel with the white cell stays open: it is how players reach you.");
        }
        if (channel.get().locked() == c.locked()) {
            return Decision.reject("NO_CHANGE", "locked", "The channel is already " + (c.locked() ? "locked." : "open."));
        }
        return Decision.accept(new org.entente.engine.event.ChannelLocked(c.channel(), c.locked(), c.reason()));
    }

    static Decision note(Move m, AddNote c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (c.text().isBlank()) {
            return Decision.reject("EMPTY_MESSAGE", "text", "The note is empty.");
        }
        return Decision.accept(new NoteAdded(c.text()));
    }

    static Decision issueAccess(Move m, IssueAccess c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (!c.role().isWhiteCell() && m.world().nation(c.role().id()) == null) {
            return Decision.reject("UNKNOWN_NATION", "role", "There is no nation '" + c.role().id() + "' in this session.");
        }
        return Decision.accept(new AccessIssued(c.role(), c.tokenHash()));
    }

    static Decision revokeAccess(Move m, RevokeAccess c) {
        Decision refused = Checks.whiteCellOnly(m);
        if (refused != null) {
            return refused;
        }
        if (c.role().isWhiteCell()) {
            return Decision.reject("INVALID_FIELD", "role", "The white cell's own access cannot be revoked from within the session.");
        }
        if (m.world().nation(c.role().id()) == null) {
            return Decision.reject("UNKNOWN_NATION", "role", "There is no nation '" + c.role().id() + "' in this session.");
        }
        return Decision.accept(new AccessRevoked(c.role(), c.reason()));
    }

    private static Decision nations(World w, List<String> ids, String field) {
        for (String id : ids) {
            if (!"all".equals(id) && w.nation(id) == null) {
                return Decision.reject("UNKNOWN_NATION", field, "There is no nation '" + id + "' in this session.");
            }
        }
        return null;
    }

    private static List<String> expand(World w, List<String> ids) {
        return ids.contains("all") ? List.copyOf(w.nations().keySet()) : ids;
    }
}
