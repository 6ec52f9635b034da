package org.entente.framework;

import static org.entente.framework.Numbers.f;
import static org.entente.framework.Numbers.signed;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences a player reads: for each judgement, the inputs that drove it, in the framework's terms,
 * and for a failure what would have avoided it.
 */
final class Explanation {

    private Explanation() {
    }

    static List<String> of(Leader leader, PartnerInputs p, SoftPower sp, Strategy rec, FailureAssessment fa,
            Compliance c, Bands bands) {
        List<String> out = new ArrayList<>();
        out.add(source(leader, p, sp));
        out.add(voice(p, sp));
        String affinity = affinity(p, sp, rec);
        if (affinity != null) {
            out.add(affinity);
        }
        if (leader.revisionist()) {
            out.add(wolf(sp));
        }
        out.add(band(sp, rec, p, bands));
        if (!rec.voluntary()) {
            out.add(price(rec, p, fa));
        }
        out.addAll(failure(sp, rec, p, fa));
        out.add(compliance(c, rec, p, fa));
        return out;
    }

    /** "a" or "an" before a word. */
    static String article(String word) {
        return (word.isEmpty() || "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) < 0 ? "a " : "an ") + word;
    }

    /**
     * The price of participation: what the partner's cost and the band ask of the leader's hard power, and
     * what the inducements deployed amount to once their conditions are counted.
     */
    static String price(Strategy rec, PartnerInputs p, FailureAssessment fa) {
        DeployedHardPower d = p.deployed();
        StringBuilder b = new StringBuilder("the price of its participation: ");
        if (p.cost() <= 0) {
            b.append("it expects no costs from doing what is asked, so it needs ").append(f(fa.need()))
                    .append(" of leverage (the ").append(StrategyRecommender.bandName(rec)).append(" band's floor)");
        } else if (fa.costSetsNeed()) {
            b.append("doing what is asked would cost it ").append(f(p.cost()));
            if (Numbers.round2(fa.costToOffset()) < Numbers.round2(p.cost())) {
                b.append(", of which its own motive pays ").append(f(p.cost() - fa.costToOffset()));
            }
            b.append(", so inducements must offset ").append(f(fa.need()));
        } else {
            b.append("its cost (").append(f(p.cost())).append(") is below the ")
                    .append(StrategyRecommender.bandName(rec)).append(" band's floor, so it needs ")
                    .append(f(fa.need())).append(" of leverage");
        }
        double face = d.sidePayment() + d.bolstering();
        b.append("; ");
        if (face <= 0 && d.coercion() <= 0) {
            b.append("nothing is deployed (leverage 0.00).");
            return b.toString();
        }
        if (face > 0) {
            double share = HardPowerNorms.conditionedShare(d.conditionality());
            b.append("inducements of ").append(f(face)).append(" at face value, ");
            b.append(d.conditionality() <= 0 ? "given without conditions, count for only " + f(share)
                    + " of it — support given regardless buys goodwill, not the contribution"
                    : "conditioned at " + f(d.conditionality()) + " on the contribution, count for " + f(share)
                            + " of it");
            b.append(" (").append(f(HardPowerNorms.inducementLeverage(d))).append(")");
        }
        if (d.coercion() > 0) {
            b.append(face > 0 ? ", plus coercion " : "coercion ").append(f(d.coercion()));
        }
        b.append(": leverage ").append(f(fa.leverage())).append(fa.covered() ? ", enough." : ", short of it.");
        return b.toString();
    }

    static String threatened(double t) {
        return t >= 0.75 ? "gravely threatened" : t >= 0.45 ? "seriously threatened"
                : t >= 0.2 ? "moderately threatened" : t > 0 ? "little threatened" : "not threatened at all";
    }

    private static String source(Leader leader, PartnerInputs p, SoftPower sp) {
        double power = leader.power();
        String material = f(sp.material());
        boolean spoils = leader.revisionist() && p.opportunity() > p.threat();
        String motive = spoils
                ? "drawn by the spoils the wolf's war promises (" + f(p.opportunity()) + ")"
                : threatened(p.threat()) + " by the adversary (" + f(p.threat()) + ")";
        if (sp.motive() < 0.2) {
            String why = leader.revisionist()
                    ? " — a jackal joins a wolf only for real gains, and a wolf's power (" + f(power)
                            + ") attracts no one who has neither gains to make nor danger to escape"
                    : " — a leader's power (" + f(power) + ") attracts no one who is not afraid";
            return (spoils ? "promised paltry gains (" + f(p.opportunity()) + ")" : motive) + why
                    + ": the material sources of soft power give only " + material + ".";
        }
        if (power < 0.45) {
            return motive + ", but allied to a leader too weak (" + f(power) + ") to defeat it: a weak leader"
                    + " attracts little whatever the " + (spoils ? "gains" : "danger")
                    + "; the material sources give " + material + ".";
        }
        String strength = power >= 0.75 ? "strong enough to defeat the adversary" : "of middling strength against it";
        return motive + ", with a leader " + strength + " (" + f(power) + "): the principal, material sources of"
                + " wartime soft power give " + material + " (" + (spoils ? "opportunity" : "threat")
                + " weighs more than power; both are needed).";
    }

    private static String voice(PartnerInputs p, SoftPower sp) {
        if (p.voice() <= 0) {
            return "no voice opportunities granted: the one source of soft power under the leader's control"
                    + " is unused.";
        }
        if (p.voice() < HardPowerNorms.LARGELY_UNUSED) {
            return "little voice granted (" + f(p.voice()) + "): it adds only " + f(sp.voice())
                    + " — the one source of soft power under the leader's control is barely used.";
        }
        return "voice opportunities (" + f(p.voice()) + ") add " + f(sp.voice()) + ": a supplement that"
                + " reinforces the material sources, never a substitute for them.";
    }

    private static String affinity(PartnerInputs p, SoftPower sp, Strategy rec) {
        double a = p.affinity();
        if (a > 0) {
            return "peacetime affinity (" + signed(a) + ") adds only " + f(sp.affinity()) + ": culture, values"
                    + " and legitimacy matter little once war has come.";
        }
        if (a == 0) {
            return null;
        }
        String cost = f(-sp.affinity());
        if (rec.voluntary()) {
            return "repulsion (" + signed(a) + ") costs " + cost + ", but the threat and the leader's war-winning"
                    + " power make this an alliance of convenience: states in great danger take \"whatever allies"
                    + " they can get\".";
        }
        if (sp.affinity() <= -0.3) {
            return "strong repulsion (" + signed(a) + ") takes " + cost + " off: a state this estranged from the"
                    + " leader leans toward its adversary.";
        }
        return "repulsion (" + signed(a) + ") takes " + cost + " off.";
    }

    private static String wolf(SoftPower sp) {
        return "a wolf's war of aggression attracts less than a lion's defence (prospect theory: states risk"
                + " more to avert losses than to make gains): " + f(sp.defensive()) + " becomes "
                + f(sp.defensive() - sp.wolfPenalty()) + ".";
    }

    private static String band(SoftPower sp, Strategy rec, PartnerInputs p, Bands b) {
        String s = "soft power " + f(sp.value()) + ": ";
        return switch (rec) {
            case COERCIVE_ENTICEMENT -> s + "highly repulsed (at or below " + f(b.coercive()) + "): only coercive"
                    + " enticement — the threat or use of force — will bring it over.";
            case COERCION_AND_BRIBERY -> s + "repulsed (between " + f(b.coercive()) + " and " + f(b.mixed())
                    + "): a mixed strategy of coercion and bribery is called for.";
            case SIDE_PAYMENT_BRIBERY -> s + "indifferent (between " + f(b.mixed()) + " and " + f(b.indifferent())
                    + "): it has little at stake, so side-payments unrelated to the war must offset its costs"
                    + " (side-payment bribery).";
            case BRIBERY_AND_CONDITIONAL_BOLSTERING -> s + "weakly motivated (between " + f(b.indifferent())
                    + " and " + f(b.motivated()) + "): side-payment bribes and conditional war-effort bolstering are"
                    + " both needed.";
            case CONDITIONAL_BOLSTERING, UNCONDITIONAL_BOLSTERING -> s + "motivated (at or above "
                    + f(b.motivated()) + "): " + bolstering(sp, rec, p, b);
        };
    }

    private static String bolstering(SoftPower sp, Strategy rec, PartnerInputs p, Bands b) {
        double pressure = StrategyRecommender.conditionalPressure(sp.motive(), p.divergence());
        String sum = "divergence of aims (" + f(p.divergence()) + ") + receded " + "motive (1 - " + f(sp.motive())
                + ") = " + f(pressure);
        if (rec == Strategy.CONDITIONAL_BOLSTERING) {
            String why = p.divergence() >= 1 - sp.motive()
                    ? "its aims diverge enough from the leader's that aid should carry behavioural conditions"
                    : "as the fortunes of war improve, the diminishing threat depletes the leader's soft power and"
                            + " calls for the conditional use of hard power";
            return "war-effort bolstering, conditional: " + sum + " reaches " + f(b.conditional()) + " — " + why + ".";
        }
        String aims = p.divergence() < 0.3 ? "aims broadly shared" : p.divergence() < 0.6 ? "aims partly shared"
                : "aims far apart but the threat still binding it";
        return "war-effort bolstering, unconditional: " + sum + " is below " + f(b.conditional())
                + " — with the motive still strong (" + f(sp.motive()) + ") and " + aims
                + ", no behavioural conditions are needed.";
    }

    private static List<String> failure(SoftPower sp, Strategy rec, PartnerInputs p, FailureAssessment fa) {
        List<String> out = new ArrayList<>();
        DeployedHardPower d = p.deployed();
        String s = f(sp.value());
        switch (fa.failure()) {
            case HEAVY_HANDEDNESS -> {
                out.addAll(manner(fa));
                if (fa.conditionsExcess() > HardPowerNorms.WELL_BEYOND) {
                    out.add("conditions at " + f(d.conditionality()) + " where soft power of " + s + " called for "
                            + HardPowerNorms.level(fa.conditionsNorm()) + " (" + f(fa.conditionsNorm())
                            + "): heavy-handed — inducements offered on an exceedingly stringent basis cause"
                            + " unnecessary disaffection; conditions no stricter than "
                            + f(fa.conditionsNorm() + HardPowerNorms.WELL_BEYOND) + " would have avoided it.");
                }
                if (fa.coercionExcess() > HardPowerNorms.WELL_BEYOND) {
                    out.add("coercion at " + f(d.coercion()) + " where soft power of " + s + " called for "
                            + (fa.coercionNorm() == 0 ? "none" : "no more than " + f(fa.coercionNorm()))
                            + ": heavy-handed — excessive coercive hard power toward a partner that is not highly"
                            + " repulsed breeds unnecessary disaffection; coercion no higher than "
                            + f(fa.coercionNorm() + HardPowerNorms.WELL_BEYOND) + " would have avoided it.");
                }
                if (fa.neglect()) {
                    out.add("malign neglect would also apply (war-effort aid " + f(d.bolstering()) + " and voice "
                            + f(p.voice()) + " both below " + f(HardPowerNorms.LARGELY_UNUSED) + "), but"
                            + " heavy-handedness is reported: hard power deployed in excess is not hard power left"
                            + " unexploited, and it is the excess that disaffects.");
                }
                if (fa.light()) {
                    out.add("light-handedness would also apply (estimate " + f(p.leaderEstimate().getAsDouble())
                            + ", suitable hard power " + f(fa.leverage()) + " short of " + f(fa.need())
                            + "), but heavy-handedness is reported: the excess it deploys is the active error, and"
                            + " it disaffects the partner whatever else is lacking.");
                }
            }
            case MALIGN_NEGLECT -> out.add("malign neglect: a motivated partner left with war-effort aid at "
                    + f(d.bolstering()) + " and voice at " + f(p.voice()) + ", both below "
                    + f(HardPowerNorms.LARGELY_UNUSED) + " — insufficient amounts of both hard and soft power;"
                    + " aid or voice (a council seat, consultation) of at least " + f(HardPowerNorms.LARGELY_UNUSED)
                    + " would have avoided it. Neglect is a failure where the leader's confidence that it can win"
                    + " without this partner proves wrong.");
            case LIGHT_HANDEDNESS -> out.add("light-handed: the leader's estimate (" + f(p.leaderEstimate()
                    .getAsDouble()) + ") is " + f(fa.overestimate()) + " above the soft power it holds (" + s
                    + "), and the leverage it deploys (" + f(fa.leverage()) + ": inducements weighted by"
                    + " their conditions, plus coercion) falls short of the " + f(fa.need()) + " "
                    + article(StrategyRecommender.bandName(rec)) + " partner"
                    + (fa.costSetsNeed() ? " with its cost needs" : " needs") + "; enough inducements, sufficiently"
                    + " stringent conditions, or the threat of punishing non-cooperation (at least " + f(fa.need())
                    + ") would have avoided it.");
            case NONE -> out.add(noFailure(sp, rec, p, fa));
        }
        return out;
    }

    /** The heavy-handed manner, one sentence per count that reached the threshold. */
    static List<String> manner(FailureAssessment fa) {
        List<String> out = new ArrayList<>();
        if (!fa.heavyByManner()) {
            return out;
        }
        Manner m = fa.manner();
        String h = f(Manner.HEAVY);
        if (Numbers.atLeast(m.abruptness(), Manner.HEAVY)) {
            out.add("war-effort aid cut by " + f(m.abruptness()) + " of its level from one turn to the next:"
                    + " heavy-handed in manner — the \"rough and harsh\" Lend-Lease cut-off of 1945 disaffected allies"
                    + " who still relied on it; tapering it over turns (cuts below " + h + ") would have avoided it.");
        }
        if (Numbers.atLeast(m.pledgeBroken(), Manner.HEAVY)) {
            out.add("a pledge broken: " + f(m.pledgeBroken()) + " of what was promised in accepted offers was not"
                    + " delivered — heavy-handed in manner, and remembered; delivering what was promised (or"
                    + " withdrawing the offer before it was accepted) would have avoided it.");
        }
        if (Numbers.atLeast(m.peremptory(), Manner.HEAVY)) {
            out.add("conditions at " + f(m.peremptory()) + " imposed without consulting the partner or giving it"
                    + " voice: peremptory, heavy-handed in manner; consulting it first (a bilateral message, a council"
                    + " seat) or milder conditions (below " + h + ") would have avoided it.");
        }
        return out;
    }

    private static String noFailure(SoftPower sp, Strategy rec, PartnerInputs p, FailureAssessment fa) {
        DeployedHardPower d = p.deployed();
        if (rec.voluntary()) {
            return "no leadership failure: war-effort aid (" + f(d.bolstering()) + ") or voice (" + f(p.voice())
                    + ") puts the soft power to use, and coercion (" + f(d.coercion()) + ") and conditions ("
                    + f(d.conditionality()) + ") stay within what the band calls for.";
        }
        String heavyPart = rec == Strategy.COERCIVE_ENTICEMENT
                ? "force is what this band calls for, so heavy-handedness is not judged"
                : "coercion (" + f(d.coercion()) + ") and conditions (" + f(d.conditionality())
                        + ") stay within what the band calls for";
        if (!fa.estimateGiven()) {
            return "no leadership failure: " + heavyPart + "; light-handedness is not judged, since no estimate"
                    + " of the leader's own was given.";
        }
        double est = p.leaderEstimate().getAsDouble();
        if (fa.overestimate() < HardPowerNorms.OVERESTIMATE - Numbers.EPSILON) {
            String leftAlone = !fa.covered() && fa.leverage() < HardPowerNorms.REAL - Numbers.EPSILON
                    ? " — a lost cause knowingly left alone is no failure of this kind"
                    : "";
            return "no leadership failure: " + heavyPart + "; the leader's estimate (" + f(est) + ") is not well"
                    + " above its soft power (" + f(sp.value()) + "), so it is not light-handed" + leftAlone + ".";
        }
        return "no leadership failure: " + heavyPart + "; the leader overestimates its soft power (" + f(est)
                + " against " + f(sp.value()) + ") but deploys enough leverage (" + f(fa.leverage()) + " against the "
                + f(fa.need()) + " needed): overestimation alone is not light-handedness.";
    }

    private static String compliance(Compliance c, Strategy rec, PartnerInputs p, FailureAssessment fa) {
        String i = f(c.intensity());
        String disaffected = fa.heavy() ? ", lowered by the disaffection heavy-handedness causes" : "";
        return switch (c.mode()) {
            case VOLUNTARY -> "complies voluntarily at intensity " + i + disaffected + ": self-motivated compliance"
                    + " is x-efficient.";
            case INDUCED -> "its cooperation is induced (leverage " + f(fa.leverage()) + " against the "
                    + f(fa.need()) + " needed" + (fa.costSetsNeed() ? " to offset its cost" : "") + "): intensity " + i
                    + disaffected + " — bought compliance is laxer than voluntary; more leverage beyond the need makes"
                    + " it more intense.";
            case COERCED -> "complies under coercion (" + f(p.deployed().coercion()) + "): intensity " + i
                    + " — a coerced partner complies \"in the most lax manner possible without incurring the wrath"
                    + " of the coercing nation\".";
            case NONE -> (fa.leverage() > 0 ? "what is deployed does not move it (leverage " : "nothing deployed moves it (leverage ")
                    + f(fa.leverage()) + " against the " + f(fa.need()) + " " + article(StrategyRecommender.bandName(rec))
                    + " partner" + (fa.costSetsNeed() ? " with its cost" : "") + " needs): intensity " + i + ".";
        };
    }
}
