package org.entente.framework;

import java.util.List;
import java.util.Objects;

/**
 * One question for the engine: a leader, its partners and the band edges.
 *
 * @param id       free text, may be null
 * @param leader   the alliance leader
 * @param partners the partners, judged each on its own, reported in this order
 * @param bands    the band edges ({@link Bands#DEFAULT} unless a case overrides them)
 */
public record AllianceCase(String id, Leader leader, List<PartnerInputs> partners, Bands bands) {

    public AllianceCase {
        Objects.requireNonNull(leader, "leader");
        partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
        bands = bands == null ? Bands.DEFAULT : bands;
    }

    public AllianceCase(String id, Leader leader, List<PartnerInputs> partners) {
        this(id, leader, partners, Bands.DEFAULT);
    }
}
