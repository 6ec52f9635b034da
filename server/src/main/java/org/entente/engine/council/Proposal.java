package org.entente.engine.council;

import java.util.Map;
import java.util.TreeMap;

/**
 * A proposal before the council.
 *
 * @param axis      for {@link ProposalKind#AIMS}: "conduct" or "aims"
 * @param toward    for AIMS: the position (0..1) the coalition's aims are to move toward
 * @param minForces for {@link ProposalKind#CONTRIBUTION}: the share of its forces each member must commit
 * @param votes     nation → yes (true) or no (false), in nation order
 * @param status    pending, adopted or rejected
 */
public record Proposal(String id, int turn, String by, String item, ProposalKind kind, String text, String axis,
                       Double toward, Double minForces, Map<String, Boolean> votes, String status) {

    public Proposal {
        votes = new TreeMap<>(votes);
    }

    public Proposal withVote(String nation, boolean yes) {
        Map<String, Boolean> v = new TreeMap<>(votes);
        v.put(nation, yes);
        return new Proposal(id, turn, by, item, kind, text, axis, toward, minForces, v, status);
    }

    public Proposal resolved(boolean adopted) {
        return new Proposal(id, turn, by, item, kind, text, axis, toward, minForces, votes, adopted ? "adopted" : "rejected");
    }

    public boolean pending() {
        return "pending".equals(status);
    }

    public boolean adopted() {
        return "adopted".equals(status);
    }
}
