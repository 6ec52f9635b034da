package org.entente.bot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.scenario.Aims;
import org.entente.scenario.Coalition;
import org.entente.scenario.Nation;
import org.entente.scenario.Scenario;

/**
 * The policy each nation of a scenario plays by default, chosen from its situation in the
 * framework's terms: a coalition leader follows the framework ({@code smart-leader}); a partner
 * gravely threatened (0.6 or more, or 0.3 with a close affinity of 0.7 toward its leader) is a
 * motivated ally; one cold toward its leader (affinity −0.3 or less) is repulsed; a jackal, drawn by
 * opportunity rather than threat, and a little-threatened state are indifferent (they hold out for
 * side-payments); one moderately threatened (0.4 or more) is a free-rider, hoping others will put
 * out the fire.
 */
public final class DefaultPolicies {

    private DefaultPolicies() {
    }

    public static Map<String, String> of(Scenario s) {
        Set<String> leaders = s.coalitions().stream().map(Coalition::leader).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        for (Nation n : s.nations()) {
            out.put(n.id(), leaders.contains(n.id()) ? SmartLeader.NAME : partner(s, n));
        }
        return out;
    }

    static String partner(Scenario s, Nation n) {
        String leader = s.coalitionsOf(n.id()).stream().map(Coalition::leader).findFirst()
                .orElse(s.councilCoalition().leader());
        double threat = s.adversaries().stream().mapToDouble(a -> n.threatFrom(a.id()).mean()).max().orElse(0);
        double affinity = n.affinityToward(leader);
        if (n.aims() == Aims.JACKAL) {
            return Indifferent.NAME;
        }
        if (threat >= 0.6 || (threat >= 0.3 && affinity >= 0.7)) {
            return MotivatedAlly.NAME;
        }
        if (affinity <= -0.3) {
            return Repulsed.NAME;
        }
        return threat >= 0.4 ? FreeRider.NAME : Indifferent.NAME;
    }
}
