package org.entente.security;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates hostile frames: valid commands mutated (wrong types, huge or negative numbers, unknown
 * fields, truncation, deep nesting, garbage), plus well-formed commands sent in the wrong phase or by
 * the wrong role. Deterministic for a seed.
 */
final class FrameFuzzer {
    static final List<String> VALID = List.of(
            "{\"type\":\"post\",\"id\":\"f1\",\"channel\":\"plenary\",\"text\":\"hello\"}",
            "{\"type\":\"post\",\"id\":\"f2\",\"channel\":\"bilateral:GBR+USA\",\"text\":\"secret\"}",
            "{\"type\":\"openBilateral\",\"id\":\"f3\",\"with\":\"SUN\"}",
            "{\"type\":\"makeOffer\",\"id\":\"f4\",\"to\":\"GBR\",\"kind\":\"aid\",\"amount\":2,\"conditions\":{\"text\":\"x\",\"stringency\":0.3}}",
            "{\"type\":\"makeOffer\",\"id\":\"f5\",\"to\":\"SUN\",\"kind\":\"threat\",\"severity\":0.9,\"demand\":\"comply\"}",
            "{\"type\":\"answerOffer\",\"id\":\"f6\",\"offer\":\"offer-abc\",\"accept\":true}",
            "{\"type\":\"setSeat\",\"id\":\"f7\",\"nation\":\"CHN\",\"seated\":true}",
            "{\"type\":\"tableItem\",\"id\":\"f8\",\"title\":\"Second front\"}",
            "{\"type\":\"propose\",\"id\":\"f9\",\"item\":\"item-x\",\"kind\":\"aims\",\"axis\":\"aims\",\"toward\":0.2}",
            "{\"type\":\"vote\",\"id\":\"f10\",\"proposal\":\"proposal-x\",\"yes\":false}",
            "{\"type\":\"submitOrders\",\"id\":\"f11\",\"forces\":0.5,\"money\":1,\"deliveries\":{\"offer-1\":1},\"carryOut\":[\"offer-2\"],\"assessments\":{\"GBR\":0.4}}",
            "{\"type\":\"joinCoalition\",\"id\":\"f12\",\"coalition\":\"grand-alliance\"}",
            "{\"type\":\"advancePhase\",\"id\":\"f13\"}",
            "{\"type\":\"playCrisis\",\"id\":\"f14\",\"card\":\"stalingrad\",\"atTurn\":3}",
            "{\"type\":\"composeCrisis\",\"id\":\"f15\",\"card\":{\"title\":\"t\",\"text\":\"x\",\"effects\":[{\"kind\":\"progress\",\"delta\":0.1}]}}",
            "{\"type\":\"override\",\"id\":\"f16\",\"reason\":\"r\",\"set\":{\"kind\":\"affinity\",\"from\":\"GBR\",\"toward\":\"USA\",\"value\":0.1}}",
            "{\"type\":\"join\",\"token\":\"abc\",\"lastSeq\":3}",
            "{\"type\":\"ping\",\"id\":\"p\"}");
    private static final String[] NASTY = {"null", "true", "-1", "1e309", "99999999999999999999999999999", "\"\"", "[]", "{}",
        "\"\\u0000\"", "\"<script>alert(1)</script>\"", "0.5", "-0.0", "\"GBR\"", "\"WHITE_CELL\"", "NaN", "\"" + "z".repeat(5000) + "\""};

    private final SplittableRandom rng;

    FrameFuzzer(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    String next() {
        String base = VALID.get(rng.nextInt(VALID.size()));
        return switch (rng.nextInt(8)) {
            case 0 -> base;
            case 1 -> base.substring(0, rng.nextInt(base.length()));
            case 2 -> replaceValue(base);
            case 3 -> base.replaceFirst("\\{", "{\"" + randomWord() + "\":" + NASTY[rng.nextInt(NASTY.length)] + ",");
            case 4 -> "[".repeat(1 + rng.nextInt(200)) + "]".repeat(rng.nextInt(200));
            case 5 -> garbage();
            case 6 -> base.replace("\"type\":\"", "\"type\":\"" + randomWord());
            default -> replaceValue(replaceValue(base));
        };
    }

    private String replaceValue(String frame) {
        int colon = frame.indexOf(':', rng.nextInt(Math.max(1, frame.length() - 1)));
        if (colon < 0) {
            return frame;
        }
        int end = colon + 1;
        while (end < frame.length() && ",}]".indexOf(frame.charAt(end)) < 0) {
            end++;
        }
        return frame.substring(0, colon + 1) + NASTY[rng.nextInt(NASTY.length)] + frame.substring(end);
    }

    private String randomWord() {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + rng.nextInt(8); i < n; i++) {
            b.append((char) ('a' + rng.nextInt(26)));
        }
        return b.toString();
    }

    private String garbage() {
        StringBuilder b = new StringBuilder();
        // Any text, but valid UTF-16: a lone surrogate cannot travel in a websocket text frame at all
        // (the transport closes such a connection with 1007, as RFC 6455 requires).
        for (int i = 0, n = rng.nextInt(300); i < n; i++) {
            b.append((char) rng.nextInt(0x20, 0xD7FF));
        }
        return b.toString();
    }
}
