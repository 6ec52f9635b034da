package org.entente.bench.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.Decision;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.event.Event;
import org.entente.engine.event.OfferMade;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;

/**
 * A game in the orders phase of a turn with something to adjudicate: every nation has offered aid to
 * its neighbour (accepted), every fifth has threatened the next-but-one (rejected, then carried out),
 * the first nation has asked its coalition partners for forces, bilateral talks have happened, and
 * every nation has given orders delivering what it promised.
 */
public final class MidGame {
    public final BenchGame game;
    public int accepted;
    public int refused;

    private MidGame(BenchGame game) {
        this.game = game;
    }

    public static MidGame build(BenchGame game, int turnsBefore) {
        MidGame m = new MidGame(game);
        game.start();
        for (int t = 0; t < turnsBefore; t++) {
            m.playTurn();
            game.advanceTo(Phase.NEGOTIATION);
        }
        m.playTurn();
        return m;
    }

    /** Plays one turn's negotiation and orders, and stops in the orders phase (before adjudication). */
    private void playTurn() {
        List<String> ids = game.nations();
        int n = ids.size();
        Map<String, List<String>> aidByNation = new HashMap<>();
        Map<String, List<String>> threatsByNation = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String from = ids.get(i);
            String to = ids.get((i + 1) % n);
            game.decide(from, null, new OpenBilateral(to));
            for (int k = 0; k < 3; k++) {
                count(game.decide(from, null, new PostMessage(channel(from, to), "turn talk " + k, null)));
            }
            String aid = offer(from, new MakeOffer(to, OfferKind.AID, "materiel", 1, 0, null, Conditions.NONE, null));
            if (aid != null && accepted(to, aid, true)) {
                aidByNation.computeIfAbsent(from, x -> new ArrayList<>()).add(aid);
            }
            if (i % 5 == 0) {
                String target = ids.get((i + 2) % n);
                String threat = offer(from, new MakeOffer(target, OfferKind.THREAT, "sanctions", 0, 0.5, "contribute forces",
                        Conditions.NONE, null));
                if (threat != null && accepted(target, threat, false)) {
                    threatsByNation.computeIfAbsent(from, x -> new ArrayList<>()).add(threat);
                }
            }
            if (i > 0 && i < n / 2) {
                String request = offer(ids.get(0), new MakeOffer(from, OfferKind.REQUEST, null, 0.2, 0, "contribute forces",
                        Conditions.NONE, null));
                if (request != null) {
                    accepted(from, request, i % 2 == 1);
                }
            }
        }
        game.advanceTo(Phase.ORDERS);
        for (int i = 0; i < n; i++) {
            String nation = ids.get(i);
            Map<String, Integer> deliveries = new HashMap<>();
            aidByNation.getOrDefault(nation, List.of()).forEach(o -> deliveries.put(o, 1));
            Orders orders = new Orders(0.2 + 0.05 * (i % 10), i % 3, i % 2 == 0, true, deliveries,
                    threatsByNation.getOrDefault(nation, List.of()), Map.of());
            count(game.decide(nation, null, new SubmitOrders(orders)));
        }
    }

    static String channel(String a, String b) {
        return a.compareTo(b) < 0 ? "bilateral:" + a + "+" + b : "bilateral:" + b + "+" + a;
    }

    private String offer(String from, MakeOffer c) {
        Decision d = game.decide(from, null, c);
        count(d);
        if (d instanceof Decision.Accepted a) {
            for (Event e : a.events()) {
                if (e instanceof OfferMade made) {
                    return made.offer().id();
                }
            }
        }
        return null;
    }

    private boolean accepted(String by, String offer, boolean accept) {
        return count(game.decide(by, null, new AnswerOffer(offer, accept)));
    }

    private boolean count(Decision d) {
        if (d instanceof Decision.Accepted) {
            accepted++;
            return true;
        }
        refused++;
        return false;
    }
}
