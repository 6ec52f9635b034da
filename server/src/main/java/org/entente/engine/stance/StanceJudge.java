package org.entente.engine.stance;

import java.util.Locale;
import org.entente.framework.Strategy;

/**
 * Judges a leader's declared stance toward a partner by the paper's reasoning, after the framework has
 * judged the relationship as if the leader sought the partner's cooperation:
 * <ul>
 * <li>{@code leave} of a lost cause — a partner below the motivated edge, which soft power alone will not
 * bring in — is a choice, not a failure: neither neglect nor light-handedness (the leader does not
 * pretend to a pull it lacks). {@code leave} of a motivated partner is written off although it would
 * join for voice alone: the framework's malign neglect stands.</li>
 * <li>{@code keepOut} of a partner whose entry would cost the coalition — a member of it is hostile to
 * the partner (affinity at or below {@link #HOSTILE}) — is not neglect while the partner stays out and,
 * if it is motivated (it wants in), is paid or heard for its restraint: the essays' Israel, 1991. Unpaid,
 * a motivated partner kept out is neglected ("restraint has a price"); one that joined anyway is not
 * kept out, and nothing is excused. Kept out though no member objects to it, a motivated partner is
 * written off although wanted: charged.</li>
 * </ul>
 * Heavy-handedness is never excused: a stance says whom the leader courts, not how roughly it may treat them.
 */
public final class StanceJudge {
    /** A coalition member at least this hostile to a partner would be driven away by its entry. */
    public static final double HOSTILE = -0.5;

    private StanceJudge() {
    }

    /**
     * What the adjudicator knows about one relationship and the stance in force.
     *
     * @param failure        the framework's failure (NONE, MALIGN_NEGLECT, HEAVY_HANDEDNESS, LIGHT_HANDEDNESS)
     * @param recommended    the framework's recommended strategy (a {@link Strategy} name)
     * @param softPower      S, the leader's soft power toward the partner
     * @param motivatedEdge  the scenario's motivated band edge
     * @param member         the partner is in the coalition
     * @param paid           the partner had war-effort aid, a side-payment or voice from the leader this turn
     * @param hostileMember  the coalition member most hostile to the partner (null if none)
     * @param hostility      that member's affinity toward the partner
     */
    public record Case(String partner, Stance stance, String reason, String failure, String recommended,
                       double softPower, double motivatedEdge, boolean member, boolean paid, String hostileMember,
                       double hostility) {
    }

    /** The failure that stands after the stance, whether the stance excused one, and the report's sentence. */
    public record Ruling(String failure, boolean excused, String sentence) {
    }

    public static Ruling rule(Case c) {
        String stated = String.format(Locale.ROOT, "Your stance toward %s: %s (\"%s\").", c.partner(),
                c.stance().wireName(), c.reason());
        boolean motivated = Strategy.valueOf(c.recommended()).voluntary();
        boolean heavy = "HEAVY_HANDEDNESS".equals(c.failure());
        String s = f(c.softPower());
        String edge = f(c.motivatedEdge());
        if (c.stance() == Stance.ENGAGE) {
            return new Ruling(c.failure(), false, stated + " You seek its cooperation: every failure is judged.");
        }
        if (heavy) {
            return new Ruling(c.failure(), false, stated + " A stance says whom you court, not how roughly: the"
                    + " heavy-handedness stands.");
        }
        if (c.stance() == Stance.KEEP_OUT && c.member()) {
            return new Ruling(c.failure(), false, stated + " But " + c.partner() + " is in the coalition: it was not"
                    + " kept out, so the stance excuses nothing.");
        }
        boolean costly = c.stance() == Stance.KEEP_OUT && c.hostileMember() != null && c.hostility() <= HOSTILE + 1e-9;
        if (motivated) {
            if (costly && c.paid()) {
                return excuse(c, stated + " Not charged: its entry would cost the coalition (" + c.hostileMember()
                        + "'s affinity toward it is " + f(c.hostility()) + "), it stayed out, and you paid or heard it for"
                        + " its restraint — a stay-out bought, as Washington bought Israel's in 1991, is not neglect.");
            }
            if (costly) {
                return charge(c, stated + " Kept out rightly — its entry would cost the coalition (" + c.hostileMember()
                        + "'s affinity toward it is " + f(c.hostility()) + ") — but unpaid: it is motivated (soft power "
                        + s + " at or above the motivated edge " + edge + ") and restraint has a price; with neither"
                        + " aid, side-payment nor voice for holding back, it is neglected.");
            }
            String why = c.stance() == Stance.KEEP_OUT
                    ? " and no member of the coalition objects to it (none has an affinity toward it at or below "
                    + f(HOSTILE) + ")"
                    : "";
            return charge(c, stated + " Written off although motivated: soft power " + s + " is at or above the"
                    + " motivated edge " + edge + why + ", so " + c.partner() + " would join for voice alone — not a"
                    + " lost cause." + ("MALIGN_NEGLECT".equals(c.failure())
                    ? " Charged as malign neglect." : " You still gave it aid or voice, so nothing was left undone."));
        }
        String lost = "Not charged: soft power " + s + " is below the motivated edge " + edge + " (the framework"
                + " recommends " + Strategy.valueOf(c.recommended()).words() + "), so soft power alone will not bring "
                + c.partner() + " in";
        if (costly) {
            return excuse(c, stated + " " + lost + ", and its entry would cost the coalition (" + c.hostileMember()
                    + "'s affinity toward it is " + f(c.hostility()) + "): kept out, knowingly — neither neglect nor"
                    + " light-handedness.");
        }
        return excuse(c, stated + " " + lost + ": a lost cause knowingly left alone, not neglected, and no"
                + " light-handedness, since you do not pretend to a pull you lack.");
    }

    private static Ruling excuse(Case c, String sentence) {
        boolean excused = !"NONE".equals(c.failure());
        return new Ruling("NONE", excused, sentence);
    }

    /** The framework's failure stands (malign neglect where the partner was left without aid and voice). */
    private static Ruling charge(Case c, String sentence) {
        return new Ruling(c.failure(), false, sentence);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
