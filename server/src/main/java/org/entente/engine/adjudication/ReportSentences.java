package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.scenario.Bands;

/**
 * The sentences a turn report adds to the framework's explanation of a relationship: what changed since
 * last turn and why, and what the figures mean in game units (resource units, share of forces) a player can
 * act on. Pure functions of the figures they state, so a property test can check every claim against them.
 */
final class ReportSentences {

    /** A change in soft power smaller than this is "unchanged" (the figures are printed to two decimals). */
    static final double UNCHANGED = 0.005;
    /** A full package of inducements (1.0) is a third of the leader's budget, as {@link InputDerivation} counts it. */
    static final double PACKAGE_SHARE_OF_BUDGET = 3.0;

    private ReportSentences() {
    }

    /** One input that moves soft power: its name, its value in a set of inputs, and how to set it. */
    private record Driver(String name, java.util.function.ToDoubleFunction<RelationshipInputs> get,
                          java.util.function.BiFunction<RelationshipInputs, Double, RelationshipInputs> set) {
    }

    private static final List<Driver> DRIVERS = List.of(
            new Driver("the threat to it", RelationshipInputs::threat, (in, v) -> with(in, v, 2)),
            new Driver("the leader's power", RelationshipInputs::power, (in, v) -> with(in, v, 0)),
            new Driver("the gains the war offers it", RelationshipInputs::opportunity, (in, v) -> with(in, v, 3)),
            new Driver("its affinity toward the leader", RelationshipInputs::affinity, (in, v) -> with(in, v, 4)),
            new Driver("its voice", RelationshipInputs::voice, (in, v) -> with(in, v, 5)));

    /** A cause of the change: one input's move and the soft power it accounts for on its own. */
    record Cause(String name, double from, double to, double effect) {
    }

    /**
     * "Since last turn: soft power 0.87 → 0.71, because the threat to it fell from 1.00 to 0.79." The causes
     * are found by moving one input at a time from last turn's value to this turn's and asking the framework.
     */
    static String change(RelationshipInputs before, double sBefore, String failureBefore, RelationshipInputs now,
            double sNow, String failureNow, Judge judge, String leader, String partner, Bands bands) {
        List<Cause> causes = causes(before, sBefore, now, judge, leader, partner, bands);
        StringBuilder b = new StringBuilder("Since last turn: ");
        if (Math.abs(sNow - sBefore) < UNCHANGED) {
            b.append(String.format(Locale.ROOT, "soft power unchanged at %.2f", sNow));
        } else {
            b.append(String.format(Locale.ROOT, "soft power %.2f → %.2f", sBefore, sNow));
            List<Cause> same = causes.stream().filter(c -> Math.signum(c.effect()) == Math.signum(sNow - sBefore))
                    .limit(2).toList();
            if (same.isEmpty()) {
                b.append(" (its inputs moved by less than the figures show, or several a little each)");
            } else {
                b.append(", because ");
                for (int i = 0; i < same.size(); i++) {
                    Cause c = same.get(i);
                    b.append(i == 0 ? "" : " and ").append(c.name()).append(c.to() < c.from() ? " fell" : " rose")
                            .append(String.format(Locale.ROOT, " from %.2f to %.2f", c.from(), c.to()));
                }
            }
        }
        if (!failureBefore.equals(failureNow)) {
            b.append("; failure ").append(words(failureBefore)).append(" → ").append(words(failureNow));
        }
        return b.append(".").toString();
    }

    /** Each input that moved, with the change in soft power it alone accounts for, largest first. */
    static List<Cause> causes(RelationshipInputs before, double sBefore, RelationshipInputs now, Judge judge,
            String leader, String partner, Bands bands) {
        List<Cause> out = new ArrayList<>();
        for (Driver d : DRIVERS) {
            double from = d.get().applyAsDouble(before);
            double to = d.get().applyAsDouble(now);
            if (round2(to) == round2(from)) {
                continue; // a move too small to print would read "rose from 0.08 to 0.08"
            }
            double s = judge.judge(leader, partner, d.set().apply(before, to), bands).softPower();
            double effect = s - sBefore;
            if (Math.abs(effect) >= UNCHANGED) {
                out.add(new Cause(d.name(), from, to, effect));
            }
        }
        out.sort(Comparator.comparingDouble((Cause c) -> -Math.abs(c.effect())));
        return out;
    }

    /**
     * What the figures ask of the leader, in resource units and shares of forces. {@code budget} is the
     * leader's budget (units its government can extract a turn); a full package of inducements is a third of it.
     */
    static String units(RelationshipInputs in, Judge.Verdict v, int budget, String partner) {
        double ref = Math.max(1.0, budget / PACKAGE_SHARE_OF_BUDGET);
        String asked = in.cost() > 0 ? String.format(Locale.ROOT, " (its price: %.2f)", in.cost()) : "";
        switch (v.failure()) {
            case "MALIGN_NEGLECT" -> {
                return String.format(Locale.ROOT, "In game units: war-effort aid of at least %d unit(s) a turn (a"
                        + " quarter of a full package of %.1f), or a council seat or consultation, would put %s's"
                        + " motivation to use.", units(0.25 * ref), ref, partner);
            }
            case "HEAVY_HANDEDNESS" -> {
                return String.format(Locale.ROOT, "In game units: threats no more severe than %.2f, conditions on"
                        + " aid no stricter than %.2f, no cut of more than half of last turn's aid, and every accepted"
                        + " offer delivered in full would not have been heavy-handed.",
                        Math.min(1, v.coercionNorm() + 0.4), Math.min(1, v.conditionsNorm() + 0.4));
            }
            default -> {
            }
        }
        if (v.need() <= 0) {
            return String.format(Locale.ROOT, "In game units: %s is moved by soft power; the %.1f unit(s) of aid"
                    + " delivered this turn are bolstering, not a price.", partner, in.bolstering() * ref);
        }
        double delivered = (in.sidePayment() + in.bolstering()) * ref;
        if (v.leverage() >= v.need() - 1e-9) {
            return String.format(Locale.ROOT, "In game units: the %.1f unit(s) delivered this turn (leverage %.2f)"
                    + " cover the %.2f %s needs%s.", delivered, v.leverage(), v.need(), partner, asked);
        }
        int conditioned = units(v.need() / 0.92 * ref);
        int unconditioned = units(v.need() / 0.2 * ref);
        String tail = conditioned > budget
                ? String.format(Locale.ROOT, " — more than your %d a turn: coercion, or leaving it alone,"
                        + " are the alternatives", budget)
                : "";
        return String.format(Locale.ROOT, "In game units: %s needs leverage %.2f%s and has %.2f; about %d unit(s)"
                + " a turn conditioned on its contribution (stringency 0.9) would buy it, or %d given without"
                + " conditions%s.", partner, v.need(), asked, v.leverage(), conditioned, unconditioned, tail);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static int units(double v) {
        return (int) Math.ceil(v - 1e-9);
    }

    static String words(String failure) {
        return switch (failure) {
            case "NONE" -> "none";
            case "MALIGN_NEGLECT" -> "malign neglect";
            case "HEAVY_HANDEDNESS" -> "heavy-handedness";
            case "LIGHT_HANDEDNESS" -> "light-handedness";
            default -> failure.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static RelationshipInputs with(RelationshipInputs in, double v, int field) {
        return new RelationshipInputs(field == 0 ? v : in.power(), in.posture(), field == 2 ? v : in.threat(),
                field == 3 ? v : in.opportunity(), field == 4 ? v : in.affinity(), field == 5 ? v : in.voice(),
                in.divergence(), in.cost(), in.leaderEstimate(), in.coercion(), in.sidePayment(), in.bolstering(),
                in.conditionality(), in.estimateStatedOn(), in.abruptness(), in.pledgeBroken(), in.peremptory());
    }
}
