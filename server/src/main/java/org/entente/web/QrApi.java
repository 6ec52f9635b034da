package org.entente.web;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code POST /api/v1/qr} {"text": "https://…"}: the modules of a QR code for a link, as rows of
 * '1' (dark) and '0', for the printable invite sheet to draw. The link travels in a body (never a
 * URL, which logs keep), nothing is stored, and only http(s) links of modest length are encoded.
 */
final class QrApi {
    static final int MAX_TEXT = 1000;

    private QrApi() {
    }

    static void encode(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        Object text = body == null ? null : body.getValue("text");
        if (!(text instanceof String link) || !link.matches("https?://\\S+") || link.length() > MAX_TEXT) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "text",
                    "Send {\"text\": \"<an http or https link of at most " + MAX_TEXT + " characters>\"}.");
            return;
        }
        ByteMatrix m;
        try {
            m = Encoder.encode(link, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
        } catch (WriterException e) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "text", "This link cannot be put in a QR code: " + e.getMessage());
            return;
        }
        JsonArray rows = new JsonArray();
        for (int y = 0; y < m.getHeight(); y++) {
            StringBuilder row = new StringBuilder(m.getWidth());
            for (int x = 0; x < m.getWidth(); x++) {
                row.append(m.get(x, y) == 1 ? '1' : '0');
            }
            rows.add(row.toString());
        }
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("size", m.getWidth()).put("modules", rows).encode());
    }
}
