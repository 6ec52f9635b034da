package org.entente.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked cases published with the contract, one test each, named after the case (as the DATC cases
 * are in MILA's Diplomacy engine), run through the JSON front door exactly as the CLI and HTTP run them.
 */
class PublishedCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void afghanistan2001Nato() throws Exception {
        check("afghanistan-2001-nato.json");
    }

    @Test
    void afghanistan2001Pakistan() throws Exception {
        check("afghanistan-2001-pakistan.json");
    }

    @Test
    void afghanistan2001PakistanBribed() throws Exception {
        check("afghanistan-2001-pakistan-bribed.json");
    }

    @Test
    void grandAlliance1941Gbr() throws Exception {
        check("grand-alliance-1941-gbr.json");
    }

    @Test
    void iraq2003Poland() throws Exception {
        check("iraq-2003-poland.json");
    }

    /** Any case published later is checked too, without a test of its own until one is written. */
    @TestFactory
    Stream<DynamicTest> everyPublishedCase() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Fixtures.publishedCases())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no published cases in " + Fixtures.publishedCases());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> check(f.getFileName().toString())));
    }

    private static void check(String file) throws Exception {
        String text = Files.readString(Fixtures.publishedCases().resolve(file));
        JsonNode result = JSON.readTree(FrameworkService.analyzeJson(text));
        JsonNode expect = JSON.readTree(text).get("expect");
        assertNotNull(expect, file + " has no expect");
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> nation = it.next();
            JsonNode got = null;
            for (JsonNode p : result.get("partners")) {
                if (p.get("nation").asText().equals(nation.getKey())) {
                    got = p;
                }
            }
            assertNotNull(got, file + ": no result for " + nation.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> f = nation.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                assertEquals(field.getValue(), got.get(field.getKey()),
                        file + ": " + nation.getKey() + "." + field.getKey() + "\n" + got.toPrettyString());
            }
        }
    }
}
