package org.entente.web;

import io.netty.buffer.ByteBuf;

/**
 * Checks that the bytes of a text message, fed frame by frame, are well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), as RFC 6455 (8.1) requires of every text message.
 */
final class Utf8Check {
    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;

    /** Feeds the readable bytes of {@code bytes}; false as soon as they cannot be UTF-8. */
    boolean feed(ByteBuf bytes) {
        for (int i = bytes.readerIndex(), end = bytes.writerIndex(); i < end; i++) {
            int b = bytes.getByte(i) & 0xff;
            if (need == 0) {
                if (b < 0x80) {
                    continue;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b == 0xE0) {
                    need = 2;
                    lo = 0xA0;
                } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
                    need = 2;
                } else if (b == 0xED) {
                    need = 2;
                    hi = 0x9F;
                } else if (b == 0xF0) {
                    need = 3;
                    lo = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    need = 3;
                } else if (b == 0xF4) {
                    need = 3;
                    hi = 0x8F;
                } else {
                    return false;
                }
            } else {
                if (b < lo || b > hi) {
                    return false;
                }
                lo = 0x80;
                hi = 0xBF;
                need--;
            }
        }
        return true;
    }

    /** Whether the message may end here (no character cut in half). */
    boolean complete() {
        return need == 0;
    }
}
