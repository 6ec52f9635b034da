package org.entente.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.engine.Game;
import org.entente.engine.command.AddNote;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.crisis.Change;
import org.entente.engine.event.OfferMade;
import org.entente.engine.event.Recorded;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;
import org.entente.journal.FileJournal;

/**
 * A whole exercise of the Grand Alliance played with the engine alone, from the first turn to the
 * scores: aid accepted and delivered, a private bilateral between the USA and the Soviet Union, a
 * threat carried out against France, a white-cell note, an override and the Stalingrad crisis.
 */
public final class ScriptedSession {
    static final List<String> PARTNERS = List.of("GBR", "SUN", "CHN", "FRA");

    private ScriptedSession() {
    }

    public static Game play(long seed) {
        Game g = Game.of("grand-alliance-1941", seed);
        g.start();
        g.does("USA", new SetSeat("SUN", true));
        g.does("USA", new OpenBilateral("SUN"));
        g.does("USA", new PostMessage("bilateral:SUN+USA", "A second front is coming; keep this between us.", "Hopkins"));
        g.does("SUN", new PostMessage("bilateral:SUN+USA", "We will hold you to it.", "Molotov"));
        g.does("GBR", new PostMessage("plenary", "Britain stands with the alliance.", "Churchill"));
        for (int turn = 1; g.world().clock().phase() != Phase.ENDED; turn++) {
            if (turn > 10) {
                throw new AssertionError("the exercise did not end");
            }
            if (turn == 3) {
                g.does("WHITE_CELL", new AddNote("Turn 3: Britain wavered over the Mediterranean."));
            }
            if (turn == 4) {
                g.does("WHITE_CELL", new PlayCrisis("stalingrad", List.of(), List.of(), null));
            }
            Map<String, Integer> deliveries = new TreeMap<>();
            for (String to : List.of("GBR", "SUN")) {
                g.does("USA", new MakeOffer(to, OfferKind.AID, "Lend-Lease materiel", 2, 0, null, Conditions.NONE, null));
                String id = lastOffer(g);
                g.does(to, new AnswerOffer(id, true));
                deliveries.put(id, 2);
            }
            List<String> carryOut = new ArrayList<>();
            if (turn == 2) {
                g.does("USA", new MakeOffer("FRA", OfferKind.THREAT, "abandonment", 0, 0.9, "Commit every unit now", null, null));
                String threat = lastOffer(g);
                g.does("FRA", new AnswerOffer(threat, false));
                carryOut.add(threat);
            }
            g.advanceTo(Phase.ORDERS);
            g.does("USA", new SubmitOrders(new Orders(1.0, 0, false, false, deliveries, carryOut, Map.of())));
            for (String n : PARTNERS) {
                g.does(n, new SubmitOrders(new Orders(0.8, 0, false, false, Map.of(), List.of(), Map.of())));
            }
            g.advanceTo(Phase.REPORTS);
            if (turn == 2) {
                String coalition = g.world().coalitionLedBy("USA").orElseThrow().id();
                g.does("WHITE_CELL", new OverrideResult(List.of(new Change.Progress(coalition, 0.4)),
                        "The Battle of Midway went better than the model allowed."));
            }
            g.does("WHITE_CELL", new org.entente.engine.command.AdvancePhase("test"));
        }
        return g;
    }

    static String lastOffer(Game g) {
        List<OfferMade> made = g.eventsOf(OfferMade.class);
        return made.get(made.size() - 1).offer().id();
    }

    /** Writes a log as a journal, as the server would have. */
    static Path journal(List<Recorded> log, Path file) {
        try (FileJournal j = FileJournal.open(file)) {
            j.append(log);
        }
        return file;
    }
}
