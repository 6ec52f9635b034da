package org.entente.framework;

/**
 * The engine's front door, shared by the {@code analyze} command, {@code POST /api/v1/framework/analyze}
 * and the live adjudicator.
 */
public final class FrameworkService {

    private FrameworkService() {
    }

    /**
     * Parses a case (the contract's format), analyses it and returns the result JSON, fields in the
     * contract's order, numbers rounded to two decimals.
     *
     * @throws InvalidCaseException naming the bad field when the case is malformed
     */
    public static String analyzeJson(String caseJson) throws InvalidCaseException {
        return ResultJson.write(analyze(CaseParser.parse(caseJson)));
    }

    /**
     * Judges one partner as a live session does: the same engine, with the manner in which the leader has
     * wielded its hard power over the turns (a static case has none).
     */
    public static PartnerJudgement judge(Leader leader, PartnerInputs partner, Bands bands, Manner manner) {
        return SmartPowerAnalyzer.judge(leader, partner, bands, manner);
    }

    /** Analyses a case built in code (the live adjudicator builds it from game state). */
    public static Analysis analyze(AllianceCase c) {
        return SmartPowerAnalyzer.analyze(c);
    }
}
