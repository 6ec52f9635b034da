package org.entente.engine.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.engine.adjudication.Adjudication;
import org.entente.engine.adjudication.CoalitionOutcome;
import org.entente.engine.adjudication.NationOutcome;
import org.entente.engine.adjudication.OfferOutcome;
import org.entente.engine.council.AgendaItem;
import org.entente.engine.council.Proposal;
import org.entente.engine.crisis.Change;
import org.entente.engine.event.AgendaItemTabled;
import org.entente.engine.event.CrisisAnnounced;
import org.entente.engine.event.CrisisApplied;
import org.entente.engine.event.CrisisScheduled;
import org.entente.engine.event.NoteAdded;
import org.entente.engine.event.ResultOverridden;
import org.entente.engine.event.ClockMoved;
import org.entente.engine.event.ClockPaused;
import org.entente.engine.event.ClockResumed;
import org.entente.engine.event.Event;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.MembershipChanged;
import org.entente.engine.event.OfferAnswered;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.OrdersSubmitted;
import org.entente.engine.event.PhaseBegan;
import org.entente.engine.event.ProposalMade;
import org.entente.engine.event.ProposalResolved;
import org.entente.engine.event.SeatChanged;
import org.entente.engine.event.TurnAdjudicated;
import org.entente.engine.event.TurnReported;
import org.entente.engine.event.VoteCast;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.report.TurnReport;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.entente.engine.turn.TurnClock;
import org.entente.scenario.Adversary;
import org.entente.scenario.Coalition;
import org.entente.scenario.Nation;
import org.entente.scenario.Scenario;

/**
 * The exercise as it stands: the scenario's figures as play has changed them, the clock, offers,
 * the council, this turn's orders, and every turn's results. Changed only by {@link #apply}.
 */
public final class World {
    private final Scenario scenario;
    private final String scenarioYaml;
    private final long seed;
    private TurnClock clock = TurnClock.LOBBY;
    private final Map<String, NationStatus> nations = new LinkedHashMap<>();
    private final Map<String, CoalitionStatus> coalitions = new LinkedHashMap<>();
    private final Map<String, Double> adversaryStrength = new TreeMap<>();
    private final Map<String, Offer> offers = new LinkedHashMap<>();
    private final Set<String> seats = new LinkedHashSet<>();
    private final List<AgendaItem> agenda = new ArrayList<>();
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();
    private final Map<String, Orders> orders = new TreeMap<>();
    private final Map<String, Orders> lastOrders = new TreeMap<>();
    private final List<Adjudication> adjudications = new ArrayList<>();
    private final Map<String, List<TurnReport>> reports = new TreeMap<>();
    private ExerciseEnded ended;
    private final List<CrisisScheduled> scheduled = new ArrayList<>();
    private final List<CrisisAnnounced> announcements = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ResultOverridden> overrides = new ArrayList<>();
    /** The white cell's own record, in order: crises applied or scheduled, overrides, notes. */
    private final List<Event> whiteCellRecord = new ArrayList<>();
    private final Map<String, String> failureOverrides = new TreeMap<>();
    /** "FROM>TO" for each nation that wrote to another in their bilateral channel this turn: consultation. */
    private final Set<String> consultations = new java.util.TreeSet<>();
    /** "COALITION>PARTNER" → the stance its leader declared last (it stands until changed). */
    private final Map<String, org.entente.engine.event.StanceSet> stances = new TreeMap<>();

    public World(Scenario scenario, String scenarioYaml, long seed) {
        this.scenario = scenario;
        this.scenarioYaml = scenarioYaml;
        this.seed = seed;
        for (Nation n : scenario.nations()) {
            nations.put(n.id(), new NationStatus(n));
        }
        for (Coalition c : scenario.coalitions()) {
            NationStatus leader = nations.get(c.leader());
            coalitions.put(c.id(), new CoalitionStatus(c, leader.conduct, leader.aims, scenario.war().progress()));
        }
        for (Adversary a : scenario.adversaries()) {
            adversaryStrength.put(a.id(), a.strength());
        }
        seats.addAll(scenario.council().initialSeats());
    }

    public void apply(Event event) {
        if (event instanceof PhaseBegan e) {
            if (e.phase() == Phase.NEGOTIATION && e.turn() != clock.turn()) {
                lastOrders.putAll(orders);
                orders.clear();
                consultations.clear();
            }
            clock = new TurnClock(e.turn(), e.phase(), e.deadline(), false, 0);
        } else if (event instanceof ClockPaused e) {
            clock = new TurnClock(clock.turn(), clock.phase(), clock.deadline(), true, e.remaining());
        } else if (event instanceof ClockMoved e) {
            clock = clock.paused() ? new TurnClock(clock.turn(), clock.phase(), clock.deadline(), true, e.remaining())
                    : new TurnClock(clock.turn(), clock.phase(), e.deadline(), false, 0);
        } else if (event instanceof ClockResumed e) {
            clock = new TurnClock(clock.turn(), clock.phase(), e.deadline(), false, 0);
        } else if (event instanceof OfferMade e) {
            offers.put(e.offer().id(), e.offer());
        } else if (event instanceof OfferAnswered e) {
            offers.computeIfPresent(e.offer(), (id, o) -> o.withStatus(e.status()));
        } else if (event instanceof SeatChanged e) {
            if (e.seated()) {
                seats.add(e.nation());
            } else {
                seats.remove(e.nation());
            }
        } else if (event instanceof AgendaItemTabled e) {
            agenda.add(e.item());
        } else if (event instanceof ProposalMade e) {
            proposals.put(e.proposal().id(), e.proposal());
        } else if (event instanceof VoteCast e) {
            proposals.computeIfPresent(e.proposal(), (id, p) -> p.withVote(e.nation(), e.yes()));
        } else if (event instanceof ProposalResolved e) {
            Proposal p = proposals.get(e.proposal()).resolved(e.adopted());
            proposals.put(p.id(), p);
            if (p.adopted() && p.kind() == org.entente.engine.council.ProposalKind.AIMS) {
                CoalitionStatus c = councilCoalition();
                double shift = (p.toward() - c.on(p.axis())) / 2;
                if ("conduct".equals(p.axis())) {
                    c.conduct += shift;
                } else {
                    c.aims += shift;
                }
            }
        } else if (event instanceof org.entente.engine.event.StanceSet e) {
            stances.put(e.coalition() + ">" + e.partner(), e);
        } else if (event instanceof OrdersSubmitted e) {
            orders.put(e.nation(), e.orders());
        } else if (event instanceof MembershipChanged e) {
            List<String> members = coalitions.get(e.coalition()).members;
            if (e.member() && !members.contains(e.nation())) {
                members.add(e.nation());
            } else if (!e.member()) {
                members.remove(e.nation());
            }
        } else if (event instanceof TurnAdjudicated e) {
            applyAdjudication(e.adjudication());
        } else if (event instanceof TurnReported e) {
            reports.computeIfAbsent(e.report().nation(), k -> new ArrayList<>()).add(e.report());
        } else if (event instanceof CrisisApplied e) {
            whiteCellRecord.add(e);
            e.changes().forEach(this::applyChange);
            scheduled.removeIf(x -> x.card().equals(e.card()) && x.atTurn() == clock.turn());
        } else if (event instanceof CrisisScheduled e) {
            whiteCellRecord.add(e);
            scheduled.add(e);
        } else if (event instanceof CrisisAnnounced e) {
            announcements.add(e);
        } else if (event instanceof ResultOverridden e) {
            e.changes().forEach(this::applyChange);
            overrides.add(e);
            whiteCellRecord.add(e);
        } else if (event instanceof org.entente.engine.event.BotSeated || event instanceof org.entente.engine.event.BotUnseated
                || event instanceof org.entente.engine.event.BotResumed) {
            whiteCellRecord.add(event);
        } else if (event instanceof NoteAdded e) {
            notes.add(e.text());
            whiteCellRecord.add(e);
        } else if (event instanceof ExerciseEnded e) {
            ended = e;
            clock = new TurnClock(clock.turn(), Phase.ENDED, 0, false, 0);
        }
    }

    private void applyChange(Change change) {
        if (change instanceof Change.Threat t) {
            nations.get(t.nation()).threat.put(t.adversary(),
                    new org.entente.scenario.Threat(t.power(), t.proximity(), t.offensive(), t.intentions()));
        } else if (change instanceof Change.Strength s) {
            adversaryStrength.put(s.adversary(), s.value());
        } else if (change instanceof Change.Progress p) {
            coalitions.get(p.coalition()).progress = p.value();
        } else if (change instanceof Change.Resources r) {
            nations.get(r.nation()).resources = r.value();
        } else if (change instanceof Change.Extraction x) {
            nations.get(x.nation()).extraction = x.value();
        } else if (change instanceof Change.PublicSupport p) {
            nations.get(p.nation()).publicSupport = p.value();
        } else if (change instanceof Change.Opportunity o) {
            nations.get(o.nation()).opportunity.put(o.toward(), o.value());
        } else if (change instanceof Change.Affinity a) {
            nations.get(a.from()).affinity.put(a.toward(), a.value());
        } else if (change instanceof Change.Preferences p) {
            nations.get(p.nation()).conduct = p.conduct();
            nations.get(p.nation()).aims = p.aims();
        } else if (change instanceof Change.Membership m) {
            List<String> members = coalitions.get(m.coalition()).members;
            if (m.member() && !members.contains(m.nation())) {
                members.add(m.nation());
            } else if (!m.member()) {
                members.remove(m.nation());
            }
        } else if (change instanceof Change.Seat s) {
            if (s.seated()) {
                seats.add(s.nation());
            } else {
                seats.remove(s.nation());
            }
        } else if (change instanceof Change.OfferCut c) {
            offers.computeIfPresent(c.offer(), (id, o) -> o.withStatus(OfferStatus.WITHDRAWN));
        } else if (change instanceof Change.Failure f) {
            failureOverrides.put(f.turn() + "|" + f.coalition() + ">" + f.partner(), f.failure());
        }
    }

    private void applyAdjudication(Adjudication a) {
        adjudications.add(a);
        for (NationOutcome o : a.nations()) {
            NationStatus n = nations.get(o.nation());
            n.affinity.clear();
            n.affinity.putAll(o.affinityAfter());
            n.voice = o.voiceAfter();
            n.costs = o.costsTotal();
            n.benefits = o.benefitsTotal();
            n.lastContribution = o.contribution();
            n.aidReceivedFrom.clear();
            n.aidReceivedFrom.putAll(o.aidReceivedAfter());
            if (o.seated()) {
                n.seatTurns++;
            }
        }
        for (CoalitionOutcome o : a.coalitions()) {
            coalitions.get(o.coalition()).progress = o.progressAfter();
        }
        for (OfferOutcome o : a.offers()) {
            offers.computeIfPresent(o.offer(), (id, offer) -> offer.withDelivery(o.delivered(), o.status()));
        }
        for (Offer o : List.copyOf(offers.values())) {
            if (o.status() == OfferStatus.PENDING) {
                offers.put(o.id(), o.withStatus(OfferStatus.EXPIRED));
            }
        }
    }

    /** Notes who consulted whom: a message from one nation in its bilateral channel with another. */
    public void noteMessage(String channel, String from) {
        if (channel.startsWith("bilateral:") && nations.containsKey(from)) {
            int plus = channel.indexOf('+');
            String a = channel.substring("bilateral:".length(), plus);
            consultations.add(from + ">" + (a.equals(from) ? channel.substring(plus + 1) : a));
        }
    }

    /** The stance a coalition's leader declared toward a partner, if it declared one. */
    public Optional<org.entente.engine.event.StanceSet> stance(String coalition, String partner) {
        return Optional.ofNullable(stances.get(coalition + ">" + partner));
    }

    /** Every stance in force, by coalition then partner. */
    public List<org.entente.engine.event.StanceSet> stances() {
        return List.copyOf(stances.values());
    }

    public boolean consulted(String from, String to) {
        return consultations.contains(from + ">" + to);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's text as the session loaded it (crises composed on the spot are checked against it). */
    public String scenarioYaml() {
        return scenarioYaml;
    }

    public long seed() {
        return seed;
    }

    public TurnClock clock() {
        return clock;
    }

    public Map<String, NationStatus> nations() {
        return Collections.unmodifiableMap(nations);
    }

    public NationStatus nation(String id) {
        return nations.get(id);
    }

    public Map<String, CoalitionStatus> coalitions() {
        return Collections.unmodifiableMap(coalitions);
    }

    /** The coalition whose council the scenario convenes. */
    public CoalitionStatus councilCoalition() {
        return coalitions.get(scenario.council().coalition());
    }

    /** The coalition a nation belongs to now (the first, if several), if any. */
    public Optional<CoalitionStatus> coalitionOf(String nation) {
        return coalitions.values().stream().filter(c -> c.hasMember(nation)).findFirst();
    }

    /** How many coalitions a nation belongs to now. */
    public int coalitionCount(String nation) {
        return (int) coalitions.values().stream().filter(c -> c.hasMember(nation)).count();
    }

    /**
     * The part of a cumulative cost a nation bears in one coalition: a nation in several coalitions (an
     * offshore power leading two) is booked an equal part of its costs in each, not its whole burden in every one.
     */
    public double apportioned(String nation, double costs) {
        return costs / Math.max(1, coalitionCount(nation));
    }

    public Optional<CoalitionStatus> coalitionLedBy(String nation) {
        return coalitions.values().stream().filter(c -> c.leader().equals(nation)).findFirst();
    }

    public double adversaryStrength(String adversary) {
        return adversaryStrength.getOrDefault(adversary, 0.0);
    }

    public Map<String, Offer> offers() {
        return Collections.unmodifiableMap(offers);
    }

    public Optional<Offer> offer(String id) {
        return Optional.ofNullable(offers.get(id));
    }

    public Set<String> seats() {
        return Collections.unmodifiableSet(seats);
    }

    public boolean seated(String nation) {
        return seats.contains(nation);
    }

    public List<AgendaItem> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public Map<String, Proposal> proposals() {
        return Collections.unmodifiableMap(proposals);
    }

    /** The orders submitted so far this turn. */
    public Map<String, Orders> orders() {
        return Collections.unmodifiableMap(orders);
    }

    /** A nation's orders this turn: what it sent, or its standing posture from last turn. */
    public Orders ordersOf(String nation) {
        Orders sent = orders.get(nation);
        if (sent != null) {
            return sent;
        }
        Orders last = lastOrders.get(nation);
        return last == null ? Orders.NONE : last.standing();
    }

    public List<Adjudication> adjudications() {
        return Collections.unmodifiableList(adjudications);
    }

    public Optional<TurnReport> lastReport(String nation) {
        List<TurnReport> mine = reports.get(nation);
        return mine == null || mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
    }

    /** Every report a nation has received, turn by turn. */
    public List<TurnReport> reports(String nation) {
        return Collections.unmodifiableList(reports.getOrDefault(nation, List.of()));
    }

    /** Crises set for later turns and not yet played. */
    public List<CrisisScheduled> scheduled() {
        return Collections.unmodifiableList(scheduled);
    }

    public List<CrisisAnnounced> announcements() {
        return Collections.unmodifiableList(announcements);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Crises applied or scheduled, overrides and notes, in the order they happened (the white cell's log). */
    public List<Event> whiteCellRecord() {
        return Collections.unmodifiableList(whiteCellRecord);
    }

    public List<ResultOverridden> overrides() {
        return Collections.unmodifiableList(overrides);
    }

    /** The white cell's verdict on a failure where it overrode the adjudicator's, if it did. */
    public Optional<String> failureOverride(int turn, String coalition, String partner) {
        return Optional.ofNullable(failureOverrides.get(turn + "|" + coalition + ">" + partner));
    }

    public Optional<ExerciseEnded> ended() {
        return Optional.ofNullable(ended);
    }
}
