package org.entente.engine.adjudication;

import java.util.List;
import java.util.Optional;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;
import org.entente.scenario.Posture;
import org.entente.scenario.Regime;
import org.entente.scenario.Threat;

/**
 * Derives the framework's inputs for a relationship from the game as it stands — never from
 * anything a client claims. Every rule here is written out for players in docs/rules.md.
 */
final class InputDerivation {
    /** How much of a turn's voice carries over from the turns before. */
    static final double VOICE_MEMORY = 0.4;

    private final World world;
    private final TurnFacts facts;

    InputDerivation(World world, TurnFacts facts) {
        this.world = world;
        this.facts = facts;
    }

    RelationshipInputs derive(Relationship r) {
        NationStatus leader = world.nation(r.leader());
        NationStatus partner = world.nation(r.partner());
        CoalitionStatus c = r.coalition();
        double ref = Math.max(1.0, leader.budget() / 3.0);
        Optional<StatedEstimate> estimate = leaderEstimate(r);
        double bolstering = Math.min(1, facts.delivered(r.leader(), r.partner(), OfferKind.AID) / ref);
        return new RelationshipInputs(
                round(power(leader, c)),
                c.posture() == Posture.REVISIONIST ? "revisionist" : "defensive",
                round(threat(partner, c)),
                round(opportunity(partner, c)),
                round(partner.affinityToward(r.leader())),
                round(voice(r)),
                round(divergence(partner, c)),
                round(cost(r, partner, c)),
                estimate.map(e -> round(e.value())).orElse(null),
                round(facts.coercion(r.leader(), r.partner())),
                round(Math.min(1, facts.delivered(r.leader(), r.partner(), OfferKind.SIDE_PAYMENT) / ref)),
                round(bolstering),
                round(facts.conditionality(r.leader(), r.partner())),
                estimate.map(StatedEstimate::turn).orElse(null),
                round(abruptness(r, bolstering)),
                round(pledgeBroken(r)),
                round(peremptory(r)));
    }

    /** The leader's power to defeat the adversary: its military power, growing as the adversary weakens. */
    double power(NationStatus leader, CoalitionStatus c) {
        double weakening = 0;
        for (String a : c.against()) {
            weakening += 1 - strengthRatio(a);
        }
        weakening /= Math.max(1, c.against().size());
        return clamp01(leader.military() * (1 + 0.5 * weakening));
    }

    /**
     * The threat the coalition's adversaries pose to a nation: the gravest of them, each the mean of
     * Walt's four components (which crises move), drained as the coalition's war nears victory — by
     * half at victory. The adversary's lost strength shows in the leader's power instead, so that one
     * victory is not counted twice.
     */
    double threat(NationStatus n, CoalitionStatus c) {
        double gravest = 0;
        for (String a : c.against()) {
            Threat t = n.threatFrom(a);
            gravest = Math.max(gravest, (t.power() + t.proximity() + t.offensive() + t.intentions()) / 4);
        }
        return clamp01(gravest * (1 - 0.5 * victoryShare(c)));
    }

    /** How far the war has come from where the scenario began toward victory, 0..1. */
    double victoryShare(CoalitionStatus c) {
        double start = world.scenario().war().progress();
        double span = world.scenario().war().victoryAt() - start;
        return span <= 0 ? 1 : clamp01((c.progress() - start) / span);
    }

    double opportunity(NationStatus n, CoalitionStatus c) {
        double best = n.opportunityFrom(c.id());
        for (String a : c.against()) {
            best = Math.max(best, n.opportunityFrom(a));
        }
        return clamp01(best);
    }

    /**
     * Voice this turn — a council seat (0.5), an item tabled (0.15), a proposal adopted (0.25), the leader
     * consulting it in their bilateral channel (0.1) — blended with the voice remembered from before.
     */
    double voice(Relationship r) {
        int turn = world.clock().turn();
        String p = r.partner();
        boolean council = r.coalition().id().equals(world.councilCoalition().id());
        double now = 0;
        if (council && world.seated(p)) {
            now += 0.5;
        }
        if (council && world.agenda().stream().anyMatch(i -> i.turn() == turn && i.by().equals(p))) {
            now += 0.15;
        }
        if (council && world.proposals().values().stream().anyMatch(x -> x.turn() == turn && x.by().equals(p) && x.adopted())) {
            now += 0.25;
        }
        if (world.consulted(r.leader(), p)) {
            now += 0.1;
        }
        return clamp01((1 - VOICE_MEMORY) * Math.min(1, now) + VOICE_MEMORY * world.nation(p).voice());
    }

    /** How far the nation's preferences lie from the coalition's aims and conduct (0 same, 1 opposite corners). */
    static double divergence(NationStatus n, CoalitionStatus c) {
        double dc = n.conduct() - c.conduct();
        double da = n.aims() - c.aims();
        return clamp01(Math.sqrt((dc * dc + da * da) / 2));
    }

    /**
     * The price of the partner's participation, 0..1 (docs/framework.md, "The price of participation"):
     * the size of the ask times what doing it costs at home and abroad.
     * <pre>
     *   ask       = 0.15 + 0.85 forcesAsked        access and supplies alone 0.15; all its forces 1
     *   hostility = (1 - publicSupport) x 1.0 for a democracy (a parliament can refuse), x 0.6 for an autocracy
     *   exposure  = the nearest adversary's proximity x its offensive means (retaliation)
     *   cost      = ask x (0.25 + 0.60 hostility + 0.15 exposure)
     * </pre>
     */
    double cost(Relationship r, NationStatus partner, CoalitionStatus c) {
        double ask = 0.15 + 0.85 * forcesAsked(r);
        double regime = partner.base().regime() == Regime.DEMOCRACY ? 1.0 : AUTOCRACY_CONSTRAINT;
        double hostility = (1 - partner.publicSupport()) * regime;
        double exposure = 0;
        for (String a : c.against()) {
            Threat t = partner.threatFrom(a);
            exposure = Math.max(exposure, t.proximity() * t.offensive());
        }
        return clamp01(ask * (0.25 + 0.60 * hostility + 0.15 * exposure));
    }

    /** How much the public's hostility constrains an autocracy, against a democracy's 1: less, not nothing. */
    static final double AUTOCRACY_CONSTRAINT = 0.6;

    /**
     * The share of its forces the leader asks of the partner: the most any of its offers this turn requires,
     * or the coalition's adopted minimum contribution, whichever is more.
     */
    double forcesAsked(Relationship r) {
        double asked = 0;
        for (Offer o : facts.thisTurn) {
            if (!o.from().equals(r.leader()) || !o.to().equals(r.partner())) {
                continue;
            }
            if (o.conditions() != null && o.conditions().requiredForces() != null) {
                asked = Math.max(asked, o.conditions().requiredForces());
            }
            if (o.kind() == OfferKind.REQUEST && o.status() != OfferStatus.WITHDRAWN) {
                asked = Math.max(asked, o.amount());
            }
        }
        if (r.coalition().id().equals(world.councilCoalition().id()) && r.coalition().hasMember(r.partner())) {
            for (var p : world.proposals().values()) {
                if (p.adopted() && p.minForces() != null) {
                    asked = Math.max(asked, p.minForces());
                }
            }
        }
        return clamp01(asked);
    }

    /**
     * Abruptness: the share of last turn's war-effort aid cut this turn, counted only where last turn's aid
     * was substantial (at least 0.25, "largely used"): stopping a trickle is not a cut-off.
     */
    double abruptness(Relationship r, double bolsteringNow) {
        RelationshipInputs last = lastInputs(r);
        if (last == null || last.bolstering() < 0.25) {
            return 0;
        }
        return clamp01((last.bolstering() - bolsteringNow) / last.bolstering());
    }

    /** The share of what the leader promised the partner in offers accepted this turn that it did not deliver. */
    double pledgeBroken(Relationship r) {
        double promised = 0;
        double delivered = 0;
        for (Offer o : facts.thisTurn) {
            if (o.from().equals(r.leader()) && o.to().equals(r.partner()) && o.kind().transfers()
                    && o.status() == OfferStatus.ACCEPTED && o.amount() > 0) {
                promised += o.amount();
                delivered += Math.min(o.amount(), facts.orders(r.leader()).deliveries().getOrDefault(o.id(), 0));
            }
        }
        return promised <= 0 ? 0 : clamp01((promised - delivered) / promised);
    }

    /**
     * Peremptory conditions: the stringency of the conditions on the leader's war-effort aid offers to the
     * partner this turn, when it neither consulted the partner in their bilateral channel nor gave it a council
     * seat. Side-payments are left out: a bribe is conditional by nature, and its terms are the bargain.
     */
    double peremptory(Relationship r) {
        if (world.consulted(r.leader(), r.partner()) || world.seated(r.partner())) {
            return 0;
        }
        double worst = 0;
        for (Offer o : facts.thisTurn) {
            if (o.from().equals(r.leader()) && o.to().equals(r.partner()) && o.kind() == OfferKind.AID) {
                worst = Math.max(worst, o.conditions().stringency());
            }
        }
        return clamp01(worst);
    }

    /** Last turn's inputs for the same relationship, or null on the first turn. */
    private RelationshipInputs lastInputs(Relationship r) {
        List<Adjudication> past = world.adjudications();
        if (past.isEmpty()) {
            return null;
        }
        for (RelationshipJudgement j : past.get(past.size() - 1).relationships()) {
            if (j.coalition().equals(r.coalition().id()) && j.leader().equals(r.leader())
                    && j.partner().equals(r.partner())) {
                return j.inputs();
            }
        }
        return null;
    }

    /** A soft-power assessment the leader stated in its orders, and the turn it stated it. */
    record StatedEstimate(double value, int turn) {
    }

    /**
     * What the leader believes: the assessment it stated in this turn's orders, else the last one it stated
     * on an earlier turn (it stands until revised), else nothing — never the figure its intelligence report
     * gave it, which is the intelligence service's reading, not the leader's.
     */
    Optional<StatedEstimate> leaderEstimate(Relationship r) {
        Double stated = facts.orders(r.leader()).assessments().get(r.partner());
        if (stated != null) {
            return Optional.of(new StatedEstimate(stated, world.clock().turn()));
        }
        List<Adjudication> past = world.adjudications();
        for (int i = past.size() - 1; i >= 0; i--) {
            for (RelationshipJudgement j : past.get(i).relationships()) {
                if (j.coalition().equals(r.coalition().id()) && j.leader().equals(r.leader())
                        && j.partner().equals(r.partner())) {
                    RelationshipInputs in = j.inputs();
                    return in.leaderEstimate() == null || in.estimateStatedOn() == null ? Optional.empty()
                            : Optional.of(new StatedEstimate(in.leaderEstimate(), in.estimateStatedOn()));
                }
            }
        }
        return Optional.empty();
    }

    private double strengthRatio(String adversary) {
        double initial = world.scenario().adversary(adversary).map(a -> a.strength()).orElse(0.0);
        return initial <= 0 ? 0 : clamp01(world.adversaryStrength(adversary) / initial);
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
