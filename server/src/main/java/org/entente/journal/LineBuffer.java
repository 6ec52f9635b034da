package org.entente.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Journal lines ({@code <crc32c as 8 hex digits> <json>\n}) encoded straight into one reusable byte array:
 * each event's JSON is UTF-8 encoded once, checksummed and copied, with no intermediate line string.
 */
final class LineBuffer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** A buffer grown past this (a batch of large reports) is dropped after its write, not kept for the next. */
    private static final int KEEP_AT_MOST = 1 << 20;

    private byte[] bytes = new byte[8192];
    private int length;

    /** Adds one line; returns where it starts in this buffer. */
    int add(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int start = length;
        ensure(utf8.length + 10);
        long crc = FileJournal.crc(utf8);
        for (int i = 7; i >= 0; i--) {
            bytes[length + i] = HEX[(int) (crc & 0xf)];
            crc >>>= 4;
        }
        bytes[length + 8] = ' ';
        System.arraycopy(utf8, 0, bytes, length + 9, utf8.length);
        length += utf8.length + 9;
        bytes[length++] = '\n';
        return start;
    }

    ByteBuffer contents() {
        return ByteBuffer.wrap(bytes, 0, length);
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
        if (bytes.length > KEEP_AT_MOST) {
            bytes = new byte[8192];
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
