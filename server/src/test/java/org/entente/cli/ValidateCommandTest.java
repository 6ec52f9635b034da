package org.entente.cli;

import org.entente.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void aValidFileExitsZeroAndSummarises() throws IOException {
        Path f = copy("scenarios/grand-alliance-1941.yaml", "ga.yaml");
        assertEquals(0, run(f.toString()));
        assertTrue(out.toString().matches(
                "(?s)" + java.util.regex.Pattern.quote(f.toString()) + ": valid \\(\\d+ nations, \\d+ turns, \\d+ events\\)\\R"),
                out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void everyProblemIsPrintedAsFileLineColumnFieldMessageAndExitsOne() throws IOException {
        Path good = copy("scenarios-bad/control-valid.yaml", "good.yaml");
        Path bad = copy("scenarios-bad/many-problems.yaml", "bad.yaml");
        assertEquals(1, run(good.toString(), bad.toString()));
        String[] lines = out.toString().split("\\R");
        assertEquals(5, lines.length, out.toString());
        assertTrue(lines[0].startsWith(good + ": valid (2 nations, 6 turns, 1 events)"), lines[0]);
        assertEquals(bad + ":26:15: nations[0].military: must have a minimum value of 0", lines[1]);
        assertTrue(lines[4].startsWith(bad + ":65:23: council.initialSeats[1]: unknown nation 'CCC'"), lines[4]);
        for (int i = 1; i < 5; i++) {
            assertTrue(lines[i].matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: \\S+: .+"), lines[i]);
        }
    }

    @Test
    void anUnreadableFileExitsTwo() throws IOException {
        Path good = copy("scenarios-bad/control-valid.yaml", "good.yaml");
        Path bad = copy("scenarios-bad/many-problems.yaml", "bad.yaml");
        assertEquals(2, run(good.toString(), dir.resolve("missing.yaml").toString(), bad.toString()));
        assertTrue(err.toString().contains("missing.yaml: cannot read: no such file"), err.toString());
        // the readable files are still checked
        assertTrue(out.toString().contains("good.yaml: valid"));
        assertTrue(out.toString().contains("bad.yaml:26:15:"));
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals(2, run(binary.toString()));
        assertEquals(2, run(dir.toString()));
    }

    @Test
    void noFileIsAUsageErrorExitingTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("FILE"), err.toString());
    }

    @Test
    void isRegisteredWithMain() throws IOException {
        Path f = copy("scenarios-bad/out-of-range.yaml", "oor.yaml");
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.run("validate", f.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(1, code);
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith(f + ":45:19: nations[1].intelligence: "),
                buf.toString(StandardCharsets.UTF_8));
    }
}
