package org.entente.framework;

import java.util.List;

/**
 * The result for one case: one judgement per partner, in the case's order.
 *
 * @param id       the case's id (may be null)
 * @param partners the judgements
 */
public record Analysis(String id, List<PartnerJudgement> partners) {

    public Analysis {
        partners = List.copyOf(partners);
    }

    /** The judgement of {@code nation}, or null. */
    public PartnerJudgement partner(String nation) {
        return partners.stream().filter(p -> p.nation().equals(nation)).findFirst().orElse(null);
    }
}
