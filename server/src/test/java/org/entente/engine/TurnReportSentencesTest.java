package org.entente.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.report.EstimateLine;
import org.entente.engine.report.TurnReport;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.junit.jupiter.api.Test;

/** A leader's turn report says, for each relationship, what changed since last turn and why, in game units. */
class TurnReportSentencesTest {

    private static void turn(Game g) {
        g.advanceTo(Phase.ORDERS);
        g.does("USA", new SubmitOrders(new Orders(0.6, 0, false, false, Map.of(), List.of(), Map.of("PAK", 0.5))));
        g.advanceTo(Phase.REPORTS);
        g.advanceTo(Phase.NEGOTIATION);
    }

    private static EstimateLine line(Game g, String viewer, String partner) {
        TurnReport r = g.world().lastReport(viewer).orElseThrow();
        return r.estimates().stream().filter(e -> e.partner().equals(partner)).findFirst().orElseThrow();
    }

    @Test
    void theSecondReportSaysWhatChangedAndWhyAndWhatItWouldTakeInUnits() {
        Game g = Game.of("vietnam-1964", 9);
        g.start();
        turn(g);
        EstimateLine first = line(g, "USA", "PAK");
        assertTrue(first.explanation().stream().noneMatch(s -> s.startsWith("Since last turn")),
                "nothing to compare on the first turn");
        assertTrue(first.explanation().stream().anyMatch(s -> s.startsWith("In game units: ")),
                String.join("\n", first.explanation()));
        g.does(Role.WHITE_CELL_ID, new PlayCrisis("indo-pak-war", null, null, null));
        turn(g);
        EstimateLine second = line(g, "USA", "PAK");
        String all = String.join("\n", second.explanation());
        assertTrue(second.explanation().stream().anyMatch(s -> s.startsWith("Since last turn: soft power ")), all);
        assertTrue(g.world().lastReport("PAK").orElseThrow().estimates().stream()
                .flatMap(e -> e.explanation().stream()).anyMatch(s -> s.startsWith("Since last turn")),
                "the partner's own view of the leader's pull says what changed too");
        assertTrue(second.explanation().stream().noneMatch(s -> s.contains("the case gives")), all);
        System.out.println(all);
    }
}
