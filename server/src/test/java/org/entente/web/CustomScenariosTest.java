package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.config.ServerConfig;
import org.entente.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A college's own scenarios, from a directory, beside the bundled ones; an invalid one stops the node with its place named. */
@ExtendWith(VertxExtension.class)
public class CustomScenariosTest {

    /** A copy of the Grand Alliance under another id and a given title. */
    public static Path scenarioDir(Path dir, String id, String title) throws Exception {
        String yaml = ScenarioCatalog.bundled().source("grand-alliance-1941").orElseThrow()
                .replaceFirst("(?m)^id: .*$", "id: " + id)
                .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(
                        "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve(id + ".yaml"), yaml);
        return scenarios;
    }

    public static ServerConfig withScenarios(Path dataDir, Path scenarios) {
        return new ServerConfig("127.0.0.1", 0, dataDir, TestServer.ADMIN_KEY, null, TestServer.SCRIPTED, List.of(), null, scenarios);
    }

    @Test
    void aDirectoryOfScenariosIsOfferedBesideTheBundledOnes(Vertx vertx, @TempDir Path dir) throws Exception {
        Path scenarios = scenarioDir(dir, "staff-college-2027", "Staff College 2027");
        try (TestServer server = new TestServer(vertx, withScenarios(dir.resolve("data"), scenarios))) {
            JsonArray list = new JsonArray(server.request(HttpMethod.GET, "/api/v1/scenarios", null, null).body());
            assertTrue(list.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals("staff-college-2027")));
            assertTrue(list.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals("grand-alliance-1941")));
            assertEquals("Staff College 2027", server.createSession("staff-college-2027").getString("title"));
        }
    }

    @Test
    void anInvalidScenarioStopsTheNodeWithItsFileLineAndField(Vertx vertx, @TempDir Path dir) throws Exception {
        Path scenarios = scenarioDir(dir, "broken-1941", "Broken");
        Path file = scenarios.resolve("broken-1941.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("military: 0.75", "military: 7.5"));
        Exception e = assertThrows(Exception.class, () -> new TestServer(vertx, withScenarios(dir.resolve("data"), scenarios)));
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        assertTrue(message.contains("broken-1941.yaml") && message.contains("military"), message);
    }
}
