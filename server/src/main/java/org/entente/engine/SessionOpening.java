package org.entente.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.engine.event.AccessIssued;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.Event;
import org.entente.engine.event.ScenarioLoaded;
import org.entente.engine.event.SessionCreated;
import org.entente.engine.event.SessionCreated.NationSeat;

/** The events every session begins with: its creation, its scenario, who may enter, and its standing channels. */
public final class SessionOpening {

    private SessionOpening() {
    }

    /**
     * @param scenarioYaml the scenario's full text, kept in the log for exact replay
     * @param tokenHashes  the hash of the token of each role (the white cell's and one per nation)
     */
    public static List<Event> events(String sessionId, String scenarioId, String title, List<NationSeat> nations,
                                     String scenarioYaml, long seed, Map<Role, String> tokenHashes) {
        List<Event> events = new ArrayList<>();
        events.add(new SessionCreated(sessionId, scenarioId, title, nations, RulesVersion.CURRENT));
        events.add(new ScenarioLoaded(scenarioYaml, seed));
        events.add(new AccessIssued(Role.whiteCell(), tokenHashes.get(Role.whiteCell())));
        for (NationSeat n : nations) {
            events.add(new AccessIssued(Role.nation(n.id()), tokenHashes.get(Role.nation(n.id()))));
        }
        List<String> ids = nations.stream().map(NationSeat::id).toList();
        events.add(new ChannelOpened(ChannelId.PLENARY, ChannelKind.PLENARY, ids, null));
        events.add(new ChannelOpened(ChannelId.COUNCIL, ChannelKind.COUNCIL, List.of(), null));
        for (String id : ids) {
            events.add(new ChannelOpened(ChannelId.team(id), ChannelKind.TEAM, List.of(id), null));
            events.add(new ChannelOpened(ChannelId.whiteCell(id), ChannelKind.WHITE_CELL, List.of(id), null));
        }
        return events;
    }
}
