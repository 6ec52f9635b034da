package org.entente.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges each partner on its own: soft power, then the strategy it calls for, then the failure (judged
 * against that strategy), then compliance (which the failure can disaffect), then the explanation.
 * A partner's judgement never depends on the other partners in the case.
 */
public final class SmartPowerAnalyzer {

    private SmartPowerAnalyzer() {
    }

    public static Analysis analyze(AllianceCase c) {
        List<PartnerJudgement> judgements = new ArrayList<>(c.partners().size());
        for (PartnerInputs p : c.partners()) {
            judgements.add(judge(c.leader(), p, c.bands()));
        }
        return new Analysis(c.id(), judgements);
    }

    public static PartnerJudgement judge(Leader leader, PartnerInputs p, Bands bands) {
        return judge(leader, p, bands, Manner.NONE);
    }

    /** The live adjudicator's entry: the same judgement, with the manner play has shown. */
    public static PartnerJudgement judge(Leader leader, PartnerInputs p, Bands bands, Manner manner) {
        SoftPower sp = SoftPowerModel.of(leader, p);
        Strategy rec = StrategyRecommender.recommend(sp.value(), sp.motive(), p.divergence(), bands);
        FailureAssessment fa = FailureJudge.judge(sp.value(), rec, p, bands, manner);
        Compliance compliance = ComplianceModel.of(sp.value(), rec, p.deployed(), fa);
        List<String> explanation = Explanation.of(leader, p, sp, rec, fa, compliance, bands);
        return new PartnerJudgement(p.nation(), sp.value(), rec, fa.failure(), compliance, explanation, fa);
    }
}
