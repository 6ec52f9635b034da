package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configured admin key never reaches standard output or the logs; the operator's endpoints need it. */
class SecretsTest {

    @Test
    void aConfiguredKeyIsNeverPrintedAndGuardsTheOperatorsEndpoints(@TempDir Path dir) throws Exception {
        try (NodeProcess node = new NodeProcess(dir, "128m", "limits: {}\n")) {
            var r = node.post("/api/v1/sessions", NodeProcess.ADMIN_KEY, "{\"scenario\":\"grand-alliance-1941\"}");
            assertEquals(201, r.statusCode());
            String log = node.log();
            assertFalse(log.contains(NodeProcess.ADMIN_KEY), "the key is not in the output:\n" + log);
            assertTrue(log.contains("configured (not shown)"), log);
            assertEquals(401, node.get("/metrics", null).statusCode());
            assertEquals("{\"status\":\"UP\"}", node.get("/health", null).body());
            assertEquals(200, node.get("/metrics", NodeProcess.ADMIN_KEY).statusCode());
        }
    }
}
