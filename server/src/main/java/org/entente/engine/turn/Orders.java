package org.entente.engine.turn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One nation's orders for a turn; the last submitted before the orders phase closes stands.
 *
 * @param forces      share of its forces (0..1) committed to its coalition's war this turn
 * @param money       resource units given to the war effort
 * @param basing      whether it grants the coalition bases on its territory
 * @param overflight  whether it grants overflight
 * @param deliveries  offer id → units delivered on an accepted aid or side-payment offer
 * @param carryOut    threats (offer ids) the sender now carries out because they were rejected
 * @param assessments for a leader: nation → the soft power it believes it holds toward that nation (-1..1)
 */
public record Orders(double forces, int money, boolean basing, boolean overflight, Map<String, Integer> deliveries,
                     List<String> carryOut, Map<String, Double> assessments) {

    public static final Orders NONE = new Orders(0, 0, false, false, Map.of(), List.of(), Map.of());

    public Orders {
        deliveries = new TreeMap<>(deliveries);
        carryOut = List.copyOf(carryOut);
        assessments = new TreeMap<>(assessments);
    }

    /** What a nation that sends no orders does: keeps its forces, bases and overflight where they were; spends nothing. */
    public Orders standing() {
        return new Orders(forces, 0, basing, overflight, Map.of(), List.of(), Map.of());
    }

    public int unitsSpent(int threatCost) {
        return money + deliveries.values().stream().mapToInt(Integer::intValue).sum() + carryOut.size() * threatCost;
    }
}
