package org.entente.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A validated scenario: immutable, every reference resolved. Lists keep the file's order.
 *
 * @param era   free text (e.g. "1941–1945")
 * @param date  free text start date, may be empty
 * @param bands the effective band edges: the framework's defaults with the file's overrides applied
 */
public record Scenario(String id, String title, String summary, String briefing, String era, String date,
                       List<Adversary> adversaries, List<Coalition> coalitions, List<Nation> nations,
                       PreferenceAxes preferenceAxes, Turns turns, Council council, List<CrisisEvent> deck,
                       War war, Bands bands) {

    public Scenario {
        date = date == null ? "" : date;
        adversaries = List.copyOf(adversaries);
        coalitions = List.copyOf(coalitions);
        nations = List.copyOf(nations);
        deck = List.copyOf(deck);
    }

    public Optional<Nation> nation(String id) {
        return nations.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Adversary> adversary(String id) {
        return adversaries.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Coalition> coalition(String id) {
        return coalitions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<CrisisEvent> event(String id) {
        return deck.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The coalitions a nation is initially a member of, in file order. */
    public List<Coalition> coalitionsOf(String nationId) {
        return coalitions.stream().filter(c -> c.hasMember(nationId)).toList();
    }

    /** The coalition whose council the scenario defines. */
    public Coalition councilCoalition() {
        return coalition(council.coalition()).orElseThrow();
    }

    public List<String> nationIds() {
        return nations.stream().map(Nation::id).toList();
    }
}
