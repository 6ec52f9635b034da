package org.entente.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.config.ServerConfig;
import org.entente.server.EntenteServer;
import org.entente.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** With a certificate configured, the node serves HTTPS and WSS only. */
@ExtendWith(VertxExtension.class)
class TlsTest {

    @Test
    void aConfiguredCertificateServesHttpsAndWss(Vertx vertx, @TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0, "openssl made a certificate");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir.resolve("data"), TestServer.ADMIN_KEY, null,
                TestServer.SCRIPTED, List.of(), new ServerConfig.Tls(cert, key), null);
        EntenteServer server = new EntenteServer(config);
        TestServer.await(server.start());
        HttpClient https = vertx.createHttpClient(new HttpClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
        WebSocketClient wss = vertx.createWebSocketClient(new WebSocketClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
        HttpClient plain = vertx.createHttpClient();
        try {
            assertTrue(server.publicUrl().startsWith("https://"));
            int status = TestServer.await(https.request(HttpMethod.GET, server.port(), "127.0.0.1", "/health")
                    .compose(r -> r.send()).map(r -> r.statusCode()));
            assertEquals(200, status);
            TestServer.await(TestServer.await(wss.connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                    .setPort(server.port()).setURI("/ws"))).close());
            CompletableFuture<Object> cleartext = plain.request(HttpMethod.GET, server.port(), "127.0.0.1", "/health")
                    .compose(r -> r.send()).map(r -> (Object) r.statusCode()).toCompletionStage().toCompletableFuture();
            Object outcome;
            try {
                outcome = cleartext.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                outcome = e;
            }
            assertTrue(outcome instanceof Exception, "plain HTTP gets nothing from a TLS node: " + outcome);
        } finally {
            TestServer.await(https.close());
            TestServer.await(wss.close());
            TestServer.await(plain.close());
            TestServer.await(server.stop());
        }
    }
}
