package org.entente.bench.jmh;

import java.util.List;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PostMessage;
import org.entente.engine.event.Recorded;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Phase;

/** A long journal built through the real commands, cut to exactly {@link #EVENTS} events. */
final class JournalFixture {
    static final int EVENTS = 120_000;

    private JournalFixture() {
    }

    static List<Recorded> log() {
        BenchGame g = BenchGame.bundled("libya-2011", 7);
        List<String> ids = g.nations();
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            g.decide(ids.get(i), null, new OpenBilateral(ids.get((i + 1) % n)));
        }
        g.start();
        int turn = 0;
        while (g.log.size() < EVENTS) {
            int before = g.log.size();
            for (int k = 0; k < EVENTS / 6 && g.log.size() < EVENTS; k++) {
                String from = ids.get(k % n);
                String channel = k % 4 == 0 ? "plenary" : MidGame.channel(from, ids.get((k % n + 1) % n));
                g.now += 7;
                g.decide(from, "c" + turn + "-" + k, new PostMessage(channel, "message " + k + " of turn " + turn
                        + ": we should coordinate the next phase of the operation", "player " + (k % 3)));
                if (k % 200 == 0) {
                    String to = ids.get((k % n + 1) % n);
                    var d = g.decide(from, "o" + turn + "-" + k, new MakeOffer(to, OfferKind.SIDE_PAYMENT, "trade terms", 1, 0,
                            null, Conditions.NONE, null));
                    if (d instanceof org.entente.engine.Decision.Accepted a
                            && a.events().get(a.events().size() - 1) instanceof org.entente.engine.event.OfferMade m) {
                        g.decide(to, "a" + turn + "-" + k, new AnswerOffer(m.offer().id(), k % 400 == 0));
                    }
                }
            }
            if (g.log.size() == before) {
                throw new IllegalStateException("the journal stopped growing at " + before + " events");
            }
            if (g.world().ended().isEmpty() && g.log.size() < EVENTS) {
                g.advanceTo(Phase.NEGOTIATION);
                turn++;
            }
        }
        return List.copyOf(g.log.subList(0, EVENTS));
    }
}
