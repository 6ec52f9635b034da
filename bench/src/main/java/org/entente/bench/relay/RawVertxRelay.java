package org.entente.bench.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * The ceiling: what Vert.x 5 itself relays on this machine. The same frames and the same protocol subset as the
 * Node peer ({@code bench/peer/server.js}): rooms with roles, {@code plenary} and {@code bilateral:A+B} channels,
 * per-role gap-free positions, {@code join}/{@code post}/{@code openBilateral}/{@code ping}. Every frame is parsed
 * with Jackson and each event is encoded once and shared by its receivers. No journal, no rules, no views: the
 * figure Entente is compared with in {@code docs/performance.md}.
 *
 * <pre>java -cp bench/target/entente-bench.jar org.entente.bench.relay.RawVertxRelay --port 18082 [--event-loops 2]</pre>
 */
public final class RawVertxRelay extends AbstractVerticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHITE_CELL = "WHITE_CELL";
    private static final List<String> DEFAULT_ROLES = List.of("USA", "FRA", "GBR", "ITA", "QAT", "TUR", "DEU");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NODE = UUID.randomUUID().toString();

    /** Shared by every event loop's verticle instance. */
    private static final Map<String, Room> ROOMS = new ConcurrentHashMap<>();
    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();

    private final String host;
    private final int port;
    private final String adminKey;

    RawVertxRelay(String host, int port, String adminKey) {
        this.host = host;
        this.port = port;
        this.adminKey = adminKey;
    }

    private record Grant(Room room, String role) {
    }

    private record Member(ServerWebSocket socket, String role) {
    }

    private static final class Room {
        final String id;
        final String scenario;
        final List<String> roles;
        final Map<String, Long> positions = new LinkedHashMap<>();
        final Set<Member> members = new CopyOnWriteArraySet<>();

        Room(String id, String scenario, List<String> roles) {
            this.id = id;
            this.scenario = scenario;
            this.roles = roles;
            roles.forEach(r -> positions.put(r, 0L));
            positions.put(WHITE_CELL, 0L);
        }

        /** Who may read a channel: null for everyone (plenary), an empty set for no such channel. */
        Set<String> audience(String channel) {
            if (channel.equals("plenary")) {
                return null;
            }
            if (channel.startsWith("bilateral:")) {
                String[] pair = channel.substring("bilateral:".length()).split("\\+");
                if (pair.length == 2 && !pair[0].equals(pair[1]) && roles.contains(pair[0]) && roles.contains(pair[1])) {
                    return Set.of(pair[0], pair[1], WHITE_CELL);
                }
            }
            return Set.of();
        }
    }

    public static void main(String[] args) {
        String host = arg(args, "--host", "127.0.0.1");
        int port = Integer.parseInt(arg(args, "--port", "18082"));
        int loops = Integer.parseInt(arg(args, "--event-loops", "2"));
        String adminKey = System.getenv("ENTENTE_ADMIN_KEY");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new RawVertxRelay(host, port, adminKey), new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.printf("raw Vert.x relay listening on http://%s:%d (%d event loops)%n", host, port, loops))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    @Override
    public void start(io.vertx.core.Promise<Void> started) {
        vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketFrameSize(256 * 1024).setMaxWebSocketMessageSize(256 * 1024))
                .requestHandler(this::http)
                .listen(port, host)
                .<Void>mapEmpty()
                .onComplete(started);
    }

    private void http(HttpServerRequest req) {
        if (req.path().equals("/ws")) {
            req.toWebSocket().onSuccess(this::socket);
        } else if (req.method().name().equals("GET") && req.path().equals("/health")) {
            json(req, 200, Map.of("status", "UP", "node", NODE, "sessions", ROOMS.size()));
        } else if (req.method().name().equals("POST") && req.path().equals("/api/v1/sessions")) {
            if (adminKey != null && !("Bearer " + adminKey).equals(req.getHeader("Authorization"))) {
                json(req, 401, Map.of("code", "ADMIN_KEY_REQUIRED"));
                return;
            }
            req.body().onSuccess(body -> {
                try {
                    JsonNode b = JSON.readTree(body.getBytes());
                    if (b == null || !b.path("scenario").isTextual()) {
                        json(req, 400, Map.of("code", "MISSING_FIELD", "field", "scenario"));
                        return;
                    }
                    List<String> roles = new ArrayList<>();
                    b.path("roles").forEach(r -> roles.add(r.asText()));
                    req.response().putHeader("Location", "/api/v1/sessions/");
                    json(req, 201, createRoom(b.get("scenario").asText(), roles.size() >= 2 ? roles : DEFAULT_ROLES));
                } catch (Exception e) {
                    json(req, 400, Map.of("code", "MALFORMED_JSON"));
                }
            });
        } else {
            json(req, 404, Map.of("code", "NOT_FOUND"));
        }
    }

    private Map<String, Object> createRoom(String scenario, List<String> roles) {
        Room room = new Room(token().substring(0, 16), scenario, List.copyOf(roles));
        ROOMS.put(room.id, room);
        String facilitator = token();
        GRANTS.put(facilitator, new Grant(room, WHITE_CELL));
        List<Map<String, String>> invites = new ArrayList<>();
        for (String role : roles) {
            String t = token();
            GRANTS.put(t, new Grant(room, role));
            invites.add(Map.of("role", role, "name", role, "token", t, "link", "http://" + host + ":" + port + "/play.html#token=" + t));
        }
        return Map.of("id", room.id, "scenario", scenario, "title", scenario, "facilitatorToken", facilitator, "invites", invites);
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static void json(HttpServerRequest req, int status, Object body) {
        try {
            req.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(Buffer.buffer(JSON.writeValueAsBytes(body)));
        } catch (Exception e) {
            req.response().setStatusCode(500).end();
        }
    }

    private void socket(ServerWebSocket ws) {
        Member[] self = new Member[1];
        Room[] room = new Room[1];
        ws.textMessageHandler(text -> {
            JsonNode m;
            try {
                m = JSON.readTree(text);
            } catch (Exception e) {
                reject(ws, null, "MALFORMED_JSON", null);
                return;
            }
            if (m == null || !m.isObject()) {
                reject(ws, null, "NOT_AN_OBJECT", null);
                return;
            }
            String type = m.path("type").asText("");
            String id = m.path("id").isTextual() ? m.get("id").asText() : null;
            switch (type) {
                case "join" -> {
                    if (self[0] != null) {
                        reject(ws, id, "ALREADY_JOINED", null);
                        return;
                    }
                    Grant g = GRANTS.get(m.path("token").asText(""));
                    if (g == null) {
                        reject(ws, id, "UNKNOWN_TOKEN", "token");
                        return;
                    }
                    self[0] = new Member(ws, g.role());
                    room[0] = g.room();
                    g.room().members.add(self[0]);
                    ws.writeTextMessage(welcome(g));
                }
                case "ping" -> ws.writeTextMessage("{\"type\":\"pong\",\"id\":" + quote(id) + "}");
                case "post", "openBilateral" -> {
                    if (self[0] == null) {
                        reject(ws, id, "NOT_JOINED", null);
                    } else if (id == null || !ID.matcher(id).matches()) {
                        reject(ws, null, "INVALID_FIELD", "id");
                    } else if (type.equals("openBilateral")) {
                        long at;
                        synchronized (room[0]) {
                            at = room[0].positions.get(self[0].role());
                        }
                        ws.writeTextMessage("{\"type\":\"ack\",\"id\":" + quote(id) + ",\"seq\":" + at + ",\"duplicate\":false}");
                    } else {
                        post(room[0], self[0], id, m);
                    }
                }
                default -> reject(ws, id, "UNKNOWN_TYPE", "type");
            }
        });
        ws.closeHandler(v -> {
            if (self[0] != null) {
                room[0].members.remove(self[0]);
            }
        });
    }

    private static void post(Room room, Member from, String id, JsonNode m) {
        String channel = m.path("channel").asText(null);
        String text = m.path("text").asText("");
        if (channel == null) {
            reject(from.socket(), id, "MISSING_FIELD", "channel");
            return;
        }
        if (text.isEmpty() || text.length() > 4000) {
            reject(from.socket(), id, text.isEmpty() ? "EMPTY_MESSAGE" : "TOO_LONG", "text");
            return;
        }
        Set<String> who = room.audience(channel);
        if (who != null && !who.contains(from.role())) {
            reject(from.socket(), id, "UNKNOWN_CHANNEL", "channel");
            return;
        }
        if (from.role().equals(WHITE_CELL) && who != null) {
            reject(from.socket(), id, "READ_ONLY_CHANNEL", "channel");
            return;
        }
        ObjectNode event = JSON.createObjectNode().put("type", "message.posted").put("channel", channel).put("from", from.role())
                .put("text", text);
        String tail = ",\"at\":" + System.currentTimeMillis() + ",\"actor\":" + quote(from.role()) + ",\"event\":" + event + "}";
        Map<String, Long> positions = new LinkedHashMap<>();
        synchronized (room) {
            for (Map.Entry<String, Long> e : room.positions.entrySet()) {
                if (who == null || who.contains(e.getKey())) {
                    e.setValue(e.getValue() + 1);
                    positions.put(e.getKey(), e.getValue());
                }
            }
        }
        for (Member other : room.members) {
            Long at = positions.get(other.role());
            if (at != null && !other.socket().isClosed()) {
                other.socket().writeTextMessage("{\"type\":\"event\",\"seq\":" + at + tail);
            }
        }
        from.socket().writeTextMessage("{\"type\":\"ack\",\"id\":" + quote(id) + ",\"seq\":" + positions.get(from.role()) + ",\"duplicate\":false}");
    }

    private static String welcome(Grant g) {
        Room r = g.room();
        ObjectNode w = JSON.createObjectNode().put("type", "welcome").put("session", r.id).put("role", g.role()).put("resumed", false);
        synchronized (r) {
            w.put("seq", r.positions.get(g.role()));
        }
        ObjectNode snapshot = w.putObject("snapshot").put("sessionId", r.id).put("scenarioId", r.scenario).put("role", g.role());
        var nations = snapshot.putArray("nations");
        r.roles.forEach(n -> nations.addObject().put("id", n).put("name", n));
        ObjectNode plenary = snapshot.putArray("channels").addObject().put("id", "plenary").put("kind", "plenary").put("writable", true);
        var members = plenary.putArray("nations");
        r.roles.forEach(members::add);
        plenary.putArray("messages");
        return w.toString();
    }

    private static void reject(ServerWebSocket ws, String id, String code, String field) {
        ws.writeTextMessage("{\"type\":\"reject\",\"id\":" + quote(id) + ",\"code\":" + quote(code) + ",\"field\":" + quote(field)
                + ",\"message\":" + quote(code) + "}");
    }

    private static String quote(String s) {
        return s == null ? "null" : JSON.getNodeFactory().textNode(s).toString();
    }
}
