package org.entente.framework;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One actual or prospective partner, as the leader faces it. The live adjudicator builds these from game
 * state; a case file gives them as {@code partners[i]}.
 *
 * @param nation         its name
 * @param threat         0..1, the threat the adversary poses to it
 * @param opportunity    0..1, the gains a wolf's war promises it (a jackal); ignored under a defensive leader
 * @param affinity       -1..1, its standing disposition toward the leader apart from this war
 * @param voice          0..1, the voice opportunities the leader grants it
 * @param divergence     0..1, how far its preferences on the conduct and aims of the war diverge from the leader's
 * @param cost           0..1, the expected costs and risks doing what the leader asks would bring it (hostile
 *                       public, economic damage, internal strife, exposure): the price of its participation
 * @param leaderEstimate -1..1, the soft power the leader believes it holds toward it; empty: not given
 * @param deployed       the hard power the leader deploys toward it
 */
public record PartnerInputs(String nation, double threat, double opportunity, double affinity, double voice,
        double divergence, double cost, OptionalDouble leaderEstimate, DeployedHardPower deployed) {

    public PartnerInputs {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(leaderEstimate, "leaderEstimate (use OptionalDouble.empty())");
        Objects.requireNonNull(deployed, "deployed (use DeployedHardPower.NONE)");
        Ranges.unit("threat", threat);
        Ranges.unit("opportunity", opportunity);
        Ranges.signed("affinity", affinity);
        Ranges.unit("voice", voice);
        Ranges.unit("divergence", divergence);
        Ranges.unit("cost", cost);
        if (leaderEstimate.isPresent()) {
            Ranges.signed("leaderEstimate", leaderEstimate.getAsDouble());
        }
    }

    /** A partner with nothing but a name: every input at its default. */
    public static PartnerInputs named(String nation) {
        return new PartnerInputs(nation, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(), DeployedHardPower.NONE);
    }

    public PartnerInputs withThreat(double v) {
        return new PartnerInputs(nation, v, opportunity, affinity, voice, divergence, cost, leaderEstimate, deployed);
    }

    public PartnerInputs withOpportunity(double v) {
        return new PartnerInputs(nation, threat, v, affinity, voice, divergence, cost, leaderEstimate, deployed);
    }

    public PartnerInputs withAffinity(double v) {
        return new PartnerInputs(nation, threat, opportunity, v, voice, divergence, cost, leaderEstimate, deployed);
    }

    public PartnerInputs withVoice(double v) {
        return new PartnerInputs(nation, threat, opportunity, affinity, v, divergence, cost, leaderEstimate, deployed);
    }

    public PartnerInputs withDivergence(double v) {
        return new PartnerInputs(nation, threat, opportunity, affinity, voice, v, cost, leaderEstimate, deployed);
    }

    public PartnerInputs withCost(double v) {
        return new PartnerInputs(nation, threat, opportunity, affinity, voice, divergence, v, leaderEstimate, deployed);
    }

    public PartnerInputs withLeaderEstimate(double v) {
        return new PartnerInputs(nation, threat, opportunity, affinity, voice, divergence, cost, OptionalDouble.of(v),
                deployed);
    }

    public PartnerInputs withDeployed(DeployedHardPower d) {
        return new PartnerInputs(nation, threat, opportunity, affinity, voice, divergence, cost, leaderEstimate, d);
    }
}
