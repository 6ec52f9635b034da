package org.entente.scenario;

import java.util.List;

/**
 * A coalition. Its {@code leader} is one of its initial {@code members}; other nations may be courted
 * during play.
 */
public record Coalition(String id, String name, String leader, Posture posture, List<String> against,
                        List<String> members, String description) {

    public Coalition {
        against = List.copyOf(against);
        members = List.copyOf(members);
        description = description == null ? "" : description;
    }

    public boolean hasMember(String nationId) {
        return members.contains(nationId);
    }
}
