package org.entente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/v1/framework/analyze: the published cases give their expected results; bad cases are 400s naming the field. */
@ExtendWith(VertxExtension.class)
class FrameworkApiTest {
    private static final Path CASES = Path.of("../../shared/framework/cases");
    private TestServer server;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dataDir) throws Exception {
        server = new TestServer(vertx, dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void everyPublishedCaseGivesItsExpectedResult() throws Exception {
        assertTrue(Files.isDirectory(CASES), "the published cases are beside the repository: " + CASES.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 5);
        for (Path file : files) {
            JsonObject c = new JsonObject(Files.readString(file));
            TestServer.Response r = server.request(HttpMethod.POST, "/api/v1/framework/analyze", null, c.encode());
            assertEquals(200, r.status(), file + ": " + r.body());
            JsonObject result = r.json();
            JsonObject expect = c.getJsonObject("expect");
            for (String nation : expect.fieldNames()) {
                JsonObject judged = result.getJsonArray("partners").stream().map(o -> (JsonObject) o)
                        .filter(p -> p.getString("nation").equals(nation)).findFirst().orElseThrow();
                for (String key : expect.getJsonObject(nation).fieldNames()) {
                    assertEquals(expect.getJsonObject(nation).getValue(key), judged.getValue(key), file.getFileName() + " " + nation + "." + key);
                }
                assertTrue(!judged.getJsonArray("explanation").isEmpty());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "power out of range|{\"id\":\"x\",\"leader\":{\"nation\":\"L\",\"power\":1.7},\"partners\":[]}|power",
        "unknown field|{\"id\":\"x\",\"leader\":{\"nation\":\"L\",\"power\":0.5},\"partners\":[{\"nation\":\"P\",\"threatt\":0.5}]}|threatt",
        "wrong type|{\"id\":\"x\",\"leader\":{\"nation\":\"L\",\"power\":0.5},\"partners\":[{\"nation\":\"P\",\"voice\":\"high\"}]}|voice",
        "partner without a nation|{\"id\":\"x\",\"leader\":{\"nation\":\"L\",\"power\":0.5},\"partners\":[{\"threat\":0.5}]}|nation",
    })
    void aMalformedCaseIsA400NamingTheField(String what, String body, String field) throws Exception {
        TestServer.Response r = server.request(HttpMethod.POST, "/api/v1/framework/analyze", null, body);
        assertEquals(400, r.status(), r.body());
        JsonObject error = r.json().getJsonObject("error");
        assertTrue(error.getString("field").contains(field), error.encode());
        assertTrue(error.getString("message").contains(field), error.encode());
    }

    @Test
    void anEmptyOrNonJsonBodyIsA400() throws Exception {
        assertEquals(400, server.request(HttpMethod.POST, "/api/v1/framework/analyze", null, "").status());
        assertEquals(400, server.request(HttpMethod.POST, "/api/v1/framework/analyze", null, "{\"id\": ").status());
    }
}
