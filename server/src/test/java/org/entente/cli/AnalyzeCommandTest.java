package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente analyze CASE.json|-} through {@link Main#run}: stdout, stderr and the exit status. */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    private static Path publishedCase(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("shared/framework/cases").resolve(name);
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        throw new AssertionError("published case " + name + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void analysesAFileAndExitsZero() throws Exception {
        Run r = run("", "analyze", publishedCase("afghanistan-2001-nato.json").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode result = JSON.readTree(r.out());
        assertEquals("afghanistan-2001-nato", result.get("id").asText());
        JsonNode nato = result.get("partners").get(0);
        assertEquals("UNCONDITIONAL_BOLSTERING", nato.get("recommended").asText());
        assertEquals("MALIGN_NEGLECT", nato.get("failure").asText());
        assertEquals("", r.err());
    }

    @Test
    void readsStandardInputForDash() throws Exception {
        String text = Files.readString(publishedCase("iraq-2003-poland.json"));
        Run r = run(text, "analyze", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("BRIBERY_AND_CONDITIONAL_BOLSTERING",
                JSON.readTree(r.out()).get("partners").get(0).get("recommended").asText());
    }

    @Test
    void fieldsComeInTheContractsOrder() throws Exception {
        Run r = run("", "analyze", publishedCase("grand-alliance-1941-gbr.json").toString());
        String out = r.out();
        int[] at = {out.indexOf("\"id\""), out.indexOf("\"partners\""), out.indexOf("\"nation\""),
            out.indexOf("\"softPower\""), out.indexOf("\"recommended\""), out.indexOf("\"failure\""),
            out.indexOf("\"compliance\""), out.indexOf("\"mode\""), out.indexOf("\"intensity\""),
            out.indexOf("\"explanation\"")};
        for (int i = 1; i < at.length; i++) {
            assertTrue(at[i - 1] >= 0 && at[i - 1] < at[i], out);
        }
    }

    @Test
    void sameInputSameOutputToTheLastByte() throws Exception {
        String path = publishedCase("afghanistan-2001-pakistan.json").toString();
        assertEquals(run("", "analyze", path).out(), run("", "analyze", path).out());
    }

    @Test
    void malformedCaseExitsTwoNamingTheField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"leader\":{\"nation\":\"L\",\"power\":0.5},\"partners\":[{\"nation\":\"P\","
                + "\"voice\":\"high\"}]}");
        Run r = run("", "analyze", bad.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("partners[0].voice"), r.err());
        assertTrue(r.err().contains("\"high\""), r.err());
    }

    @Test
    void outOfRangeOnStandardInputExitsTwo() {
        Run r = run("{\"leader\":{\"nation\":\"L\",\"power\":1.7},\"partners\":[]}", "analyze", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("leader.power") && r.err().contains("1.7"), r.err());
    }

    @Test
    void notJsonExitsTwo() {
        Run r = run("{\"id\": ", "analyze", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("not valid JSON"), r.err());
    }

    @Test
    void emptyInputExitsTwo() {
        Run r = run("", "analyze", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("empty"), r.err());
    }

    @Test
    void missingFileExitsTwoWithAClearMessage() {
        Run r = run("", "analyze", dir.resolve("nope.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cannot read") && r.err().contains("no such file"), r.err());
    }

    @Test
    void directoryExitsTwo() {
        Run r = run("", "analyze", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void missingArgumentIsAUsageErrorExitingTwo() {
        Run r = run("", "analyze");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("CASE.json"), r.err());
    }
}
