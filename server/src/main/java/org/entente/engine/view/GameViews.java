package org.entente.engine.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.Role;
import org.entente.engine.offer.Commitments;
import org.entente.engine.report.TurnReport;
import org.entente.engine.turn.Orders;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;
import org.entente.scenario.Measure;
import org.entente.scenario.Scenario;
import org.entente.scenario.Threat;

/** Builds the {@link GameView} of one role; every filter here mirrors a rule of {@code Audience}. */
public final class GameViews {

    private GameViews() {
    }

    public static GameView of(World w, Role role, boolean history) {
        return of(w, role, history, history ? 0 : w.clock().turn() - 1);
    }

    /** As {@link #of(World, Role, boolean)}, with the offers of turns from {@code offersFrom} on. */
    public static GameView of(World w, Role role, boolean history, int offersFrom) {
        boolean white = role.isWhiteCell();
        String me = white ? null : role.id();
        boolean seated = white || w.seated(me);
        Scenario s = w.scenario();
        GameView.PublicScenario pub = new GameView.PublicScenario(s.summary(), s.briefing(), s.era(), s.date(),
                s.council().name(), s.council().voting().yaml(),
                Map.of("low", s.preferenceAxes().conduct().low(), "high", s.preferenceAxes().conduct().high()),
                Map.of("low", s.preferenceAxes().aims().low(), "high", s.preferenceAxes().aims().high()),
                s.turns().phases(), s.turns().represents());
        List<GameView.CoalitionView> coalitions = w.coalitions().values().stream()
                .map(c -> new GameView.CoalitionView(c.id(), c.name(), c.leader(), c.posture().yaml(), c.against(), c.members(),
                        c.conduct(), c.aims(), c.progress())).toList();
        List<GameView.NationPublic> nations = w.nations().values().stream()
                .map(n -> new GameView.NationPublic(n.id(), n.base().name(), n.base().regime().name().toLowerCase(),
                        n.base().aims().name().toLowerCase(), n.military())).toList();
        Map<String, Orders> orders = new TreeMap<>();
        Map<String, List<TurnReport>> reports = new TreeMap<>();
        for (NationStatus n : w.nations().values()) {
            if (white || n.id().equals(me)) {
                Orders o = w.orders().get(n.id());
                if (o != null) {
                    orders.put(n.id(), o);
                }
                reports.put(n.id(), w.reports(n.id()));
            }
        }
        List<GameView.AdversaryView> adversaries = s.adversaries().stream()
                .map(a -> new GameView.AdversaryView(a.id(), a.name(), white ? w.adversaryStrength(a.id()) : null)).toList();
        // A refresh (no history) leaves out what cannot have changed since the client's last view: the scenario's
        // texts, the crisis deck, and offers settled in earlier turns (an offer is settled by the adjudication
        // of its turn; before that, the events carry its answers). Its size then does not grow with the game.
        List<org.entente.engine.offer.Offer> offers = w.offers().values().stream()
                .filter(o -> white || o.involves(me))
                .filter(o -> o.turn() >= offersFrom).toList();
        return new GameView(w.clock(), s.turns().count(), s.war().victoryAt(), history ? pub : null, coalitions,
                w.councilCoalition().id(), adversaries, nations,
                List.copyOf(w.seats()),
                white ? null : own(w, w.nation(me)),
                offers,
                seated ? List.copyOf(w.agenda()) : List.of(),
                seated ? List.copyOf(w.proposals().values()) : List.of(),
                orders, history ? reports : null,
                !history ? null : white ? List.copyOf(w.adjudications()) : List.of(),
                !history ? null : white ? deck(s) : List.of(),
                w.announcements().stream().filter(a -> white || a.nations().isEmpty() || a.nations().contains(me)).toList(),
                w.ended().orElse(null),
                white ? List.copyOf(w.whiteCellRecord()) : List.of(),
                w.stances().stream().filter(x -> white || x.leader().equals(me)
                        || x.partner().equals(me) && x.stance() == org.entente.engine.stance.Stance.KEEP_OUT).toList());
    }

    private static GameView.OwnNation own(World w, NationStatus n) {
        Map<String, Double> threat = new LinkedHashMap<>();
        for (var a : w.scenario().adversaries()) {
            Threat t = n.threatFrom(a.id());
            threat.put(a.id(), Math.round((t.power() + t.proximity() + t.offensive() + t.intentions()) / 4 * 1000) / 1000.0);
        }
        List<GameView.ObjectiveView> objectives = n.base().objectives().stream()
                .map(o -> new GameView.ObjectiveView(o.id(), o.text(), o.weight(), o.measure().kind(),
                        o.measure() instanceof org.entente.scenario.Measure.KeepOut k ? k.nation() : null,
                        o.measure() instanceof org.entente.scenario.Measure.KeepOut k ? k.coalition() : null,
                        o.measure() instanceof Measure.ContributionShare c ? c.atMost().orElse(null) : null,
                        o.measure() instanceof Measure.ContributionShare c ? c.coalition().orElse(null) : null)).toList();
        return new GameView.OwnNation(n.id(), n.budget(), Commitments.uncommitted(w, n.id()), n.resources(), n.extraction(),
                n.maxConditionality(), n.publicSupport(), n.conduct(), n.aims(), threat, n.affinities(), n.voice(),
                n.seatTurns(), n.costs(), n.benefits(), n.aidReceived(), n.base().briefing(), objectives);
    }

    private static List<GameView.DeckCard> deck(Scenario s) {
        return s.deck().stream().map(card -> new GameView.DeckCard(card.id(), card.title(), card.text(), card.defaultTargets(),
                card.effects().stream().map(e -> e.kind()).toList())).toList();
    }
}
