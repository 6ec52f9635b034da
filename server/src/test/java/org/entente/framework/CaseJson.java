package org.entente.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a case in the contract's input format (for round-trip tests). */
final class CaseJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseJson() {
    }

    static String of(AllianceCase c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", c.id());
        ObjectNode leader = root.putObject("leader");
        leader.put("nation", c.leader().nation());
        leader.put("power", c.leader().power());
        leader.put("posture", c.leader().posture().json());
        var partners = root.putArray("partners");
        for (PartnerInputs p : c.partners()) {
            ObjectNode n = partners.addObject();
            n.put("nation", p.nation());
            n.put("threat", p.threat());
            n.put("opportunity", p.opportunity());
            n.put("affinity", p.affinity());
            n.put("voice", p.voice());
            n.put("divergence", p.divergence());
            n.put("cost", p.cost());
            if (p.leaderEstimate().isPresent()) {
                n.put("leaderEstimate", p.leaderEstimate().getAsDouble());
            } else {
                n.putNull("leaderEstimate");
            }
            ObjectNode d = n.putObject("deployed");
            d.put("coercion", p.deployed().coercion());
            d.put("sidePayment", p.deployed().sidePayment());
            d.put("bolstering", p.deployed().bolstering());
            d.put("conditionality", p.deployed().conditionality());
        }
        root.putNull("bands");
        return root.toString();
    }
}
