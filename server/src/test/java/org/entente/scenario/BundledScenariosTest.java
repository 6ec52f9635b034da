package org.entente.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledScenariosTest {

    /** The source directory (tests run with the server module as working directory). */
    private static final Path DIR = Path.of("..", "scenarios");

    @Test
    void theIndexListsExactlyTheYamlFilesInTheDirectory() throws IOException {
        TreeSet<String> onDisk;
        try (Stream<Path> s = Files.list(DIR)) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(ScenarioCatalog.bundledFileNames()));
        assertEquals(onDisk.size(), ScenarioCatalog.bundledFileNames().size(), "a file is listed twice");
    }

    @Test
    void everyBundledFileValidatesFromDiskToo() throws IOException {
        for (String name : ScenarioCatalog.bundledFileNames()) {
            ValidationReport r = ScenarioLoader.validate(Files.readString(DIR.resolve(name)), name);
            assertEquals(List.of(), r.problems(), name);
            assertEquals(name, r.scenario().orElseThrow().id() + ".yaml", "file name is the scenario id");
        }
    }

    @Test
    void theCatalogHasEverySeedScenarioPlayableInAClass() {
        ScenarioCatalog c = ScenarioCatalog.bundled();
        List<String> ids = c.all().stream().map(Scenario::id).toList();
        assertEquals(List.of("afghanistan-2001", "axis-1940", "grand-alliance-1941", "gulf-1991", "iraq-2003", "libya-2011", "romania-1944", "two-seas-2031",
                "vietnam-1964", "weak-leader-2034"), ids);
        for (Scenario s : c.all()) {
            assertTrue(s.nations().size() >= 4 && s.nations().size() <= 8, s.id());
            assertTrue(s.turns().count() >= 6 && s.turns().count() <= 10, s.id());
            assertTrue(s.deck().size() >= 6 && s.deck().size() <= 10, s.id());
            int minutes = s.turns().count() * s.turns().phases().totalSeconds() / 60;
            assertTrue(minutes >= 100 && minutes <= 170, s.id() + " runs " + minutes + " min");
            assertTrue(s.war().progress() < s.war().victoryAt());
            for (Coalition co : s.coalitions()) {
                assertTrue(co.hasMember(co.leader()));
            }
        }
        assertTrue(c.find("nope").isEmpty());
        assertTrue(c.find("two-seas-2031").orElseThrow().coalitions().size() > 1, "multipolar");
        assertTrue(c.find("two-seas-2031").orElseThrow().adversaries().size() > 1, "multipolar");
    }

    private static double threat(String scenario, String nation, String adversary) {
        return ScenarioCatalog.bundled().find(scenario).orElseThrow().nation(nation).orElseThrow()
                .threatFrom(adversary).mean();
    }

    @Test
    void theNumbersCarryThePapersCases() {
        // NATO allies in 2001 gravely threatened; Pakistan little threatened and repulsed
        for (String ally : List.of("GBR", "FRA", "DEU")) {
            assertTrue(threat("afghanistan-2001", ally, "taliban") >= 0.55, ally);
        }
        Scenario afg = ScenarioCatalog.bundled().find("afghanistan-2001").orElseThrow();
        assertTrue(threat("afghanistan-2001", "PAK", "taliban") < 0.35);
        assertTrue(afg.nation("PAK").orElseThrow().affinityToward("USA") <= -0.5);
        // Turkey 2003 little threatened, public opposed; Poland weakly motivated
        assertTrue(threat("iraq-2003", "TUR", "iraq") < 0.4);
        assertTrue(ScenarioCatalog.bundled().find("iraq-2003").orElseThrow().nation("TUR").orElseThrow()
                .domestic().publicSupport() < 0.2);
        assertTrue(threat("iraq-2003", "POL", "iraq") < 0.25);
        // Britain and Pakistan little threatened by North Vietnam
        assertTrue(threat("vietnam-1964", "GBR", "north-vietnam") < 0.2);
        assertTrue(threat("vietnam-1964", "PAK", "north-vietnam") < 0.2);
        // Grand Alliance: an alliance of convenience with a gravely threatened, repulsed USSR
        Scenario ga = ScenarioCatalog.bundled().find("grand-alliance-1941").orElseThrow();
        assertTrue(threat("grand-alliance-1941", "SUN", "germany") >= 0.9);
        assertTrue(ga.nation("SUN").orElseThrow().affinityToward("USA") <= -0.5);
        // ... and the threat collapses at VE-Day
        assertTrue(ga.event("ve-day").orElseThrow().effects().stream().anyMatch(e ->
                e instanceof Effect.ThreatChange t && t.adversary().equals("germany") && t.delta() <= -0.5));
        assertTrue(ga.event("truman-cutoff").orElseThrow().effects().stream().anyMatch(e -> e instanceof Effect.AidCutoff));
    }

    @Test
    void theModelResolvesDefaults() {
        Scenario ga = ScenarioCatalog.bundled().find("grand-alliance-1941").orElseThrow();
        // "all" expands to every nation; an omitted defaultTargets means every nation
        Effect.ThreatChange dday = (Effect.ThreatChange) ga.event("d-day").orElseThrow().effects().get(2);
        assertEquals(ga.nationIds(), dday.targets());
        assertEquals(ga.nationIds(), ga.event("stalingrad").orElseThrow().defaultTargets());
        assertEquals(List.of("SUN"), ga.event("barbarossa").orElseThrow().defaultTargets());
        assertEquals(Voting.LEADER_VETO, ga.council().voting());
        assertEquals(Bands.DEFAULT, ga.bands());
        Nation usa = ga.nation("USA").orElseThrow();
        assertTrue(usa.objectives().stream().anyMatch(o -> o.measure() instanceof Measure.ContributionShare cs
                && cs.atMost().orElseThrow() == 0.5));
        assertEquals(0.0, usa.affinityToward("XYZ"));
    }

    @Test
    void anInvalidBundledScenarioIsRefusedNamingFileLineAndField() {
        ClassLoader cl = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                if (name.equals("bad-bundle/index.txt")) {
                    return new java.io.ByteArrayInputStream("out-of-range.yaml\n".getBytes());
                }
                if (name.startsWith("bad-bundle/")) {
                    return super.getResourceAsStream("scenarios-bad/" + name.substring("bad-bundle/".length()));
                }
                return super.getResourceAsStream(name);
            }
        };
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioCatalog.fromClasspath(cl, "bad-bundle/"));
        assertTrue(e.getMessage().contains("bad-bundle/out-of-range.yaml:45:19: nations[1].intelligence:"), e.getMessage());
    }
}
