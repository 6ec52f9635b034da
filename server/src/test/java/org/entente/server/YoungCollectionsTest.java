package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The banner's note about young collections reads the option the JVM really runs with. */
class YoungCollectionsTest {

    @Test
    void theRecommendedOptionIsRecognisedAndTheDefaultIsNot() throws Exception {
        assertEquals("true", probe(List.of(YoungCollections.RECOMMENDED_OPTION)));
        assertEquals("false", probe(List.of()));
        assertEquals("false", probe(List.of("-XX:MaxTenuringThreshold=1")));
    }

    private static String probe(List<String> options) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** Run in a child JVM with the options under test. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(YoungCollections.promoteAtOnce());
        }
    }
}
