package org.entente.engine.adjudication;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.StanceSet;
import org.entente.engine.stance.StanceJudge;
import org.entente.engine.world.CoalitionStatus;
import org.entente.engine.world.World;
import org.entente.framework.HardPowerNorms;

/** Applies the leader's declared stance ({@link StanceJudge}) to the framework's verdict on a relationship. */
final class StanceRuling {

    private StanceRuling() {
    }

    /** The verdict as the stance in force leaves it (the same verdict when no stance was declared). */
    static Judge.Verdict apply(World w, CoalitionStatus c, String partner, RelationshipInputs in, Judge.Verdict v) {
        StanceSet declared = w.stance(c.id(), partner).orElse(null);
        if (declared == null) {
            return v;
        }
        String hostile = null;
        double hostility = 1;
        for (String m : c.members()) {
            if (!m.equals(partner) && !m.equals(c.leader())) {
                double a = w.nation(m).affinityToward(partner);
                if (a < hostility) {
                    hostility = a;
                    hostile = m;
                }
            }
        }
        boolean paid = in.bolstering() > 0 || in.sidePayment() > 0 || in.voice() >= HardPowerNorms.LARGELY_UNUSED;
        StanceJudge.Ruling r = StanceJudge.rule(new StanceJudge.Case(partner, declared.stance(), declared.reason(),
                v.failure(), v.recommended(), v.softPower(), w.scenario().bands().motivated(), c.hasMember(partner),
                paid, hostile, hostility));
        List<String> explanation = new ArrayList<>();
        for (String line : v.explanation()) {
            // the framework's sentence for a failure the stance excused would contradict the verdict
            if (!(r.excused() && (line.startsWith("malign neglect:") || line.startsWith("light-handed:")))) {
                explanation.add(line);
            }
        }
        explanation.add(r.sentence());
        return new Judge.Verdict(v.softPower(), v.recommended(), r.failure(), v.compliance(), v.intensity(), explanation,
                v.leverage(), v.need(), v.coercionNorm(), v.conditionsNorm());
    }

    /** The wire name of the stance in force, or null. */
    static String declared(World w, String coalition, String partner) {
        return w.stance(coalition, partner).map(s -> s.stance().wireName()).orElse(null);
    }
}
