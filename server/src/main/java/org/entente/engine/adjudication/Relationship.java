package org.entente.engine.adjudication;

import org.entente.engine.world.CoalitionStatus;

/** A leader and one nation it may court, in the coalition the leader leads. */
record Relationship(CoalitionStatus coalition, String leader, String partner) {
}
