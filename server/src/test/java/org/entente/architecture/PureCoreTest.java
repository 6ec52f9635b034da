package org.entente.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The game's core knows nothing of transport or clustering: no Vert.x, no Hazelcast, no clock of its own. */
class PureCoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"engine", "framework", "scenario", "debrief"})
    void thePureCoreImportsNoTransportOrCluster(String pkg) throws IOException {
        Path root = Path.of("src/main/java/org/entente").resolve(pkg);
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " exists");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(PureCoreTest::impure)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean impure(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import io.vertx")
                    || line.startsWith("import com.hazelcast") || line.contains("System.currentTimeMillis")
                    || line.contains("new Random(") || line.contains("Instant.now("));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
