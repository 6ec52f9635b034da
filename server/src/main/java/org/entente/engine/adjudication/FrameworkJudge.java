package org.entente.engine.adjudication;

import java.util.OptionalDouble;
import org.entente.framework.Bands;
import org.entente.framework.DeployedHardPower;
import org.entente.framework.FrameworkService;
import org.entente.framework.Leader;
import org.entente.framework.Manner;
import org.entente.framework.PartnerInputs;
import org.entente.framework.PartnerJudgement;
import org.entente.framework.Posture;

/**
 * The live adjudicator's door into the framework engine: the very code behind the {@code analyze}
 * command and {@code POST /api/v1/framework/analyze}, fed with inputs derived from the game.
 */
final class FrameworkJudge implements Judge {

    @Override
    public Verdict judge(String leader, String partner, RelationshipInputs in, org.entente.scenario.Bands bands) {
        PartnerInputs p = new PartnerInputs(partner, in.threat(), in.opportunity(), in.affinity(), in.voice(),
                in.divergence(), in.cost(), in.leaderEstimate() == null ? OptionalDouble.empty() : OptionalDouble.of(in.leaderEstimate()),
                new DeployedHardPower(in.coercion(), in.sidePayment(), in.bolstering(), in.conditionality()));
        Leader l = new Leader(leader, in.power(), "revisionist".equals(in.posture()) ? Posture.REVISIONIST : Posture.DEFENSIVE);
        Bands b = new Bands(bands.coercive(), bands.mixed(), bands.indifferent(), bands.motivated(), bands.conditional());
        Manner manner = new Manner(in.abruptness(), in.pledgeBroken(), in.peremptory());
        PartnerJudgement j = FrameworkService.judge(l, p, b, manner);
        return new Verdict(j.softPower(), j.recommended().name(), j.failure().name(), j.compliance().mode().name(),
                j.compliance().intensity(), j.explanation(), j.assessment().leverage(), j.assessment().need(),
                j.assessment().coercionNorm(), j.assessment().conditionsNorm());
    }
}
