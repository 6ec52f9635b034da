package org.entente.bot;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The short, in-character messages bots write, templated from the situation (offers made, threats,
 * the war's progress, the turn report) so that a rehearsal reads like an exercise. Which variant is
 * picked comes from the bot's seeded random source: the same seed writes the same words.
 */
public final class Templates {
    private final SplittableRandom random;

    public Templates(SplittableRandom random) {
        this.random = random;
    }

    private String pick(String... variants) {
        return variants[random.nextInt(variants.length)];
    }

    static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    // --- partners ---------------------------------------------------------------------------

    public String askForSeat(String council, String leader) {
        return pick("We are carrying our share of this war. We ask " + leader + " for a seat on the " + council
                        + ": let us be heard where strategy is made.",
                "A seat on the " + council + ", please. Our soldiers are in the line; our voice should be at the table.",
                "We would fight harder still if we were consulted. Will " + leader + " give us a seat on the " + council + "?");
    }

    public String acceptAid(String from, String kind, double amount, String form) {
        String what = (int) amount + " unit(s)" + (form == null || form.isBlank() ? "" : " of " + form);
        return "aid".equals(kind)
                ? pick("Gratefully received: " + what + ". It goes straight to the front.",
                        "Thank you, " + from + ". " + capital(what) + " will be put to use at once.")
                : pick("We accept " + from + "'s " + what + ". We will remember it.",
                        "A generous gesture. " + capital(what) + " accepted; we will do what was asked.");
    }

    public String rejectRequest(String from) {
        return pick("We sympathise with " + from + ", but our parliament will not send soldiers for words alone.",
                "Our people see no reason to bleed in this war. Kind words do not change that.",
                "We have heard " + from + "'s appeal. The answer, for now, is no.");
    }

    public String acceptRequest(String from, double forces) {
        return pick("Agreed: we will commit " + pct(forces) + " of our forces, as " + from + " asks.",
                "You will have " + pct(forces) + " of our forces this turn.");
    }

    public String rejectThreat(String from) {
        return pick("We will not be bullied by " + from + ". Threats make allies into bystanders.",
                "Is this how " + from + " treats those already fighting beside it? We refuse.");
    }

    public String yieldToThreat(String from, double forces) {
        return pick("Under protest, and only because we must: " + pct(forces) + " of our forces, as " + from + " demands.",
                "You leave us little choice. We will comply — the minimum, and no more.");
    }

    public String rejectInducement(String from) {
        return pick("We want nothing from " + from + ".", "Keep your gifts. We do not sell our neutrality.");
    }

    public String freeRide(double progress, double victoryAt) {
        return progress >= victoryAt * 0.6
                ? pick("The war goes well enough without us. We will keep our strength for what comes after.",
                        "Others are doing the fighting admirably. We see no need to add to it.")
                : pick("We are doing what we can; our commitments elsewhere are heavy.",
                        "Our contribution is modest, but so is our stake in this fight.");
    }

    public String notOurWar(String name) {
        return pick("This is not " + name + "'s war. We wish the coalition well.",
                "We are watching events closely. Nothing has been put to us that changes our view.",
                "Our interests are not engaged here — not yet, at any rate.");
    }

    public String standAloof(String leader) {
        return pick("We will not march under " + leader + "'s flag.",
                "Our people remember who " + leader + " is. We stay out.",
                "Let " + leader + " fight its own war.");
    }

    public String tableTitle(String axis) {
        return "conduct".equals(axis) ? "How the war is to be fought" : "What we are fighting for";
    }

    public String proposal(String axis, double toward) {
        return ("conduct".equals(axis) ? "Move the conduct of the war toward " : "Move the coalition's aims toward ")
                + two(toward) + ", where our interests lie.";
    }

    // --- leaders ----------------------------------------------------------------------------

    public String consult(String partner, String strategy) {
        return switch (strategy) {
            case "UNCONDITIONAL_BOLSTERING" -> pick("We stand with " + partner + ". Tell us what you need, and it is yours.",
                    "Your fight is our fight. Aid is on its way, and your seat at the table is secure.");
            case "CONDITIONAL_BOLSTERING" -> pick("More aid is coming, " + partner + ", on terms we can agree together.",
                    "We will keep you supplied; in return we ask that the aid go to the main effort.");
            case "BRIBERY_AND_CONDITIONAL_BOLSTERING" -> pick("We can make it worth " + partner + "'s while to do more. Let us talk terms.",
                    "Aid and other considerations are on the table, " + partner + ", if your forces join the effort.");
            case "SIDE_PAYMENT_BRIBERY" -> pick("We know this war is not yours, " + partner + ". We are prepared to help you with what matters to you.",
                    "Let us find something of value to you in exchange for a contingent.");
            case "COERCION_AND_BRIBERY", "COERCIVE_ENTICEMENT" -> pick("Understand us clearly, " + partner + ": you are with us, or you will bear the consequences.",
                    "We prefer friendship, " + partner + ". We are prepared for the alternative.");
            default -> "We should talk, " + partner + ".";
        };
    }

    /** To a partner kept out of the coalition: hold back, and be paid for it. */
    public String askRestraint(String partner) {
        return pick("We ask " + partner + " to hold back: your entry would cost us partners we cannot lose. Air defence"
                        + " and support are on their way for your restraint.",
                "Stay out of this fight, " + partner + ", and let us carry it. We will see that your restraint is not"
                        + " unrewarded.");
    }

    public String suasion(String partner) {
        return pick("Free nations must stand together, " + partner + ". We are sure we can count on you.",
                "History will remember who answered the call. We know " + partner + " will.",
                "Our friendship has never needed a price, " + partner + ". Send us a contingent.");
    }

    public String bully(String partner) {
        return pick(partner + " will do what is asked, in full, this turn — or answer for it.",
                "We are done asking, " + partner + ". Our aid comes with our terms, all of them.");
    }

    public String shiftTheBurden(String partner) {
        return pick("This is your neighbourhood more than ours, " + partner + ". Take the lead; we will stand behind you.",
                "We will organise and help with the bill, " + partner + ". The fighting is yours to do.");
    }

    public String goItAlone() {
        return pick("We will win this war ourselves. Those who wish to help may do so.",
                "We do not need a committee to fight a war.");
    }

    public String spurn(String partner) {
        return pick("Not now, " + partner + ".", "We have other priorities than " + partner + "'s requests.");
    }

    // --- everyone ---------------------------------------------------------------------------

    public String progress(int turn, double before, double after, double victoryAt) {
        double delta = after - before;
        String trend = delta > 0.02 ? pick("The line is moving forward.", "We are gaining ground.")
                : delta < -0.02 ? pick("We are losing ground.", "The enemy has the initiative.")
                : pick("The front barely moved.", "Stalemate, for now.");
        return "Turn " + turn + ": " + trend + " The war stands at " + two(after) + " (victory at " + two(victoryAt) + ").";
    }

    public String report(JsonReport r) {
        StringBuilder b = new StringBuilder("Our report for turn ").append(r.turn()).append(": we put in ")
                .append(Math.round(r.contribution())).append(" points, ").append(Math.round(r.effective()))
                .append(" of which counted.");
        if (r.flag() != null && !r.flag().isBlank()) {
            b.append(" The burden table calls us ").append(r.flag()).append(pick(" — unfair.", " — so be it."));
        }
        return b.toString();
    }

    /** The figures of a turn report that messages mention. */
    public record JsonReport(int turn, double contribution, double effective, String flag) {
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
