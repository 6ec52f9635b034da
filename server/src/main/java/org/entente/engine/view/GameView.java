package org.entente.engine.view;

import java.util.List;
import java.util.Map;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.council.AgendaItem;
import org.entente.engine.council.Proposal;
import org.entente.engine.event.CrisisAnnounced;
import org.entente.engine.event.Event;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.offer.Offer;
import org.entente.engine.report.TurnReport;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.TurnClock;

/**
 * The exercise as one role may see it. For a nation: public facts, its own figures, the offers it
 * is party to, the council's proceedings if it has a seat, its own orders and reports. For the
 * white cell: everything, including the true adjudications and every nation's reports, and its own
 * log of crises applied or scheduled, overrides and notes ({@code whiteCellLog}, empty for a nation).
 * {@code stances}: the stances a leader declared (its own; a keep-out put to the viewer; all for the white cell).
 */
public record GameView(TurnClock clock, int turns, double victoryAt, PublicScenario scenario,
                       List<CoalitionView> coalitions, String councilCoalition, List<AdversaryView> adversaries,
                       List<NationPublic> nations, List<String> seats,
                       OwnNation you, List<Offer> offers, List<AgendaItem> agenda, List<Proposal> proposals,
                       Map<String, Orders> orders, Map<String, List<TurnReport>> reports,
                       List<Adjudication> adjudications, List<DeckCard> deck, List<CrisisAnnounced> crises,
                       ExerciseEnded ended, List<Event> whiteCellLog,
                       List<org.entente.engine.event.StanceSet> stances) {

    /** An adversary; its strength is shown to the white cell only (null for nations). */
    public record AdversaryView(String id, String name, Double strength) {
    }

    /** The scenario as everyone may read it; {@code phases} are the phase lengths in seconds (the schedule of every turn). */
    public record PublicScenario(String summary, String briefing, String era, String date, String councilName,
                                 String voting, Map<String, String> conductAxis, Map<String, String> aimsAxis,
                                 org.entente.scenario.Turns.Phases phases, String turnRepresents) {
    }

    public record CoalitionView(String id, String name, String leader, String posture, List<String> against,
                                List<String> members, double conduct, double aims, double progress) {
    }

    public record NationPublic(String id, String name, String regime, String aims, double military) {
    }

    /** The role's own figures: true, since a nation knows itself. */
    public record OwnNation(String id, int budget, int uncommitted, int resources, double extraction,
                            double maxConditionality, double publicSupport, double conduct, double aims,
                            Map<String, Double> threat, Map<String, Double> affinity, double voice, int seatTurns,
                            double costs, double benefits, double aidReceived, String briefing,
                            List<ObjectiveView> objectives) {
    }

    /** {@code keepOut}: the nation a keepOut objective wants kept out of the coalition {@code keepOutOf} (else both null). */
    /**
     * One of the player's own objectives. {@code keepOut}/{@code keepOutOf} name the nation and coalition of a keepOut
     * measure; {@code shareAtMost} and {@code shareOf} the cap and coalition of a contributionShare measure (null otherwise).
     */
    public record ObjectiveView(String id, String text, int weight, String measure, String keepOut, String keepOutOf,
                                Double shareAtMost, String shareOf) {
    }

    /** A crisis card of the scenario's deck, for the white cell. */
    public record DeckCard(String id, String title, String text, List<String> defaultTargets, List<String> effects) {
    }
}
