package org.entente.engine.crisis;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.offer.Offer;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.offer.OfferStatus;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.NationStatus;
import org.entente.engine.world.World;
import org.entente.scenario.Effect;
import org.entente.scenario.ThreatComponent;

/**
 * Turns a crisis card's effects into concrete changes to the game as it stands: targets resolved,
 * deltas added and clamped. Leaks are returned apart, as text for the nations told.
 */
public final class CrisisResolver {
    private final World world;
    private final List<String> targets;
    public final List<Change> changes = new ArrayList<>();
    public final List<LeakNotice> leaks = new ArrayList<>();

    /** A secret revealed, and to whom (empty: the nations the crisis is told to). */
    public record LeakNotice(String text, List<String> to) {
    }

    private CrisisResolver(World world, List<String> targets) {
        this.world = world;
        this.targets = targets;
    }

    public static CrisisResolver resolve(World world, List<Effect> effects, List<String> targets) {
        CrisisResolver r = new CrisisResolver(world, targets);
        for (Effect e : effects) {
            r.apply(e);
        }
        return r;
    }

    private List<String> targetsOf(List<String> named) {
        if (named.isEmpty()) {
            return targets;
        }
        return named.contains("all") ? List.copyOf(world.nations().keySet()) : named;
    }

    private void apply(Effect effect) {
        if (effect instanceof Effect.ThreatChange t) {
            for (String n : targetsOf(t.targets())) {
                var now = world.nation(n).threatFrom(t.adversary());
                double d = t.delta();
                boolean all = t.component().isEmpty();
                ThreatComponent c = t.component().orElse(null);
                changes.add(new Change.Threat(n, t.adversary(),
                        clamp(now.power() + (all || c == ThreatComponent.POWER ? d : 0), 0, 1),
                        clamp(now.proximity() + (all || c == ThreatComponent.PROXIMITY ? d : 0), 0, 1),
                        clamp(now.offensive() + (all || c == ThreatComponent.OFFENSIVE ? d : 0), 0, 1),
                        clamp(now.intentions() + (all || c == ThreatComponent.INTENTIONS ? d : 0), 0, 1)));
            }
        } else if (effect instanceof Effect.StrengthChange s) {
            changes.add(new Change.Strength(s.adversary(), clamp(world.adversaryStrength(s.adversary()) + s.delta(), 0, 1)));
        } else if (effect instanceof Effect.ProgressChange p) {
            CoalitionStatus c = world.councilCoalition();
            changes.add(new Change.Progress(c.id(), clamp(c.progress() + p.delta(), 0, 1)));
        } else if (effect instanceof Effect.ResourcesChange r) {
            for (String n : targetsOf(r.targets())) {
                changes.add(new Change.Resources(n, Math.max(0, world.nation(n).resources() + r.delta())));
            }
        } else if (effect instanceof Effect.ExtractionChange x) {
            for (String n : targetsOf(x.targets())) {
                changes.add(new Change.Extraction(n, clamp(world.nation(n).extraction() + x.delta(), 0, 1)));
            }
        } else if (effect instanceof Effect.PublicSupportChange p) {
            for (String n : targetsOf(p.targets())) {
                changes.add(new Change.PublicSupport(n, clamp(world.nation(n).publicSupport() + p.delta(), 0, 1)));
            }
        } else if (effect instanceof Effect.OpportunityChange o) {
            for (String n : targetsOf(o.targets())) {
                changes.add(new Change.Opportunity(n, o.toward(), clamp(world.nation(n).opportunityFrom(o.toward()) + o.delta(), 0, 1)));
            }
        } else if (effect instanceof Effect.AffinityChange a) {
            for (String from : a.from().map(List::of).orElse(targets)) {
                if (from.equals(a.toward())) {
                    continue;
                }
                changes.add(affinity(from, a.toward(), a.delta()));
                if (a.mutual()) {
                    changes.add(affinity(a.toward(), from, a.delta()));
                }
            }
        } else if (effect instanceof Effect.AidCutoff cut) {
            for (Offer o : world.offers().values()) {
                boolean hit = o.from().equals(cut.from()) && cut.to().map(o.to()::equals).orElse(true)
                        && o.kind() == OfferKind.AID && o.turn() == world.clock().turn()
                        && (o.status() == OfferStatus.PENDING || o.status() == OfferStatus.ACCEPTED);
                if (hit) {
                    changes.add(new Change.OfferCut(o.id()));
                }
            }
        } else if (effect instanceof Effect.Leak l) {
            List<String> to = l.to().isEmpty() || l.to().contains("all") ? List.of() : l.to();
            leaks.add(new LeakNotice(leak(l), to));
        } else if (effect instanceof Effect.GovernmentFalls g) {
            NationStatus n = world.nation(g.target());
            changes.add(new Change.PublicSupport(n.id(), g.publicSupport().orElse(n.base().domestic().publicSupport())));
            g.preferences().ifPresent(p -> changes.add(new Change.Preferences(n.id(), p.conduct(), p.aims())));
            if (g.leaves()) {
                for (CoalitionStatus c : world.coalitions().values()) {
                    if (c.hasMember(n.id()) && !c.leader().equals(n.id())) {
                        changes.add(new Change.Membership(n.id(), c.id(), false));
                    }
                }
                if (world.seated(n.id()) && !world.councilCoalition().leader().equals(n.id())) {
                    changes.add(new Change.Seat(n.id(), false));
                }
            }
        } else if (effect instanceof Effect.Joins j) {
            changes.add(new Change.Membership(j.nation(), j.coalition(), true));
        } else if (effect instanceof Effect.Leaves l) {
            changes.add(new Change.Membership(l.nation(), l.coalition(), false));
            if (world.seated(l.nation()) && world.councilCoalition().id().equals(l.coalition())) {
                changes.add(new Change.Seat(l.nation(), false));
            }
        } else {
            throw new IllegalArgumentException("no resolution for the effect " + effect.kind());
        }
    }

    private Change affinity(String from, String toward, double delta) {
        return new Change.Affinity(from, toward, clamp(world.nation(from).affinityToward(toward) + delta, -1, 1));
    }

    private String leak(Effect.Leak l) {
        NationStatus about = world.nation(l.about());
        String name = about.base().name();
        return switch (l.reveals()) {
            case "objectives" -> "Leaked: " + name + "'s objectives — " + String.join(" / ",
                    about.base().objectives().stream().map(o -> o.text().strip()).toList());
            case "briefing" -> "Leaked: " + name + "'s instructions — " + about.base().briefing().strip();
            default -> "Leaked: " + name + "'s offers this turn — " + String.join(" / ", world.offers().values().stream()
                    .filter(o -> o.turn() == world.clock().turn() && o.involves(l.about()))
                    .map(o -> o.from() + " → " + o.to() + ": " + o.kind().wireName()
                            + (o.kind().transfers() ? " of " + (int) o.amount() + " unit(s)" : "")
                            + (o.conditions().unconditional() ? "" : " with conditions") + " (" + o.status().wireName() + ")")
                    .toList());
        };
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.round(Math.max(lo, Math.min(hi, v)) * 1000) / 1000.0;
    }
}
