package org.entente.engine.adjudication;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one turn did to one nation: its contribution to its coalition's war in points (forces at
 * full strength count military × 100; a resource unit counts 4), how much of it counted once
 * compliance intensity was applied, its costs and benefits, and its standing afterwards.
 */
public record NationOutcome(String nation, String coalition, double contribution, double effective, double intensity,
                            double costs, double benefits, double costsTotal, double benefitsTotal,
                            Map<String, Double> affinityAfter, double voiceAfter, boolean seated,
                            Map<String, Double> aidReceivedAfter) {

    public NationOutcome {
        affinityAfter = new TreeMap<>(affinityAfter);
        aidReceivedAfter = new TreeMap<>(aidReceivedAfter);
    }
}
