package org.entente.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.Recorded;

/**
 * Reads a journal back, telling a torn tail (the last record cut short by a crash, without its newline:
 * expected, never acknowledged, and cut away) from damage (a whole record that fails its checks,
 * wherever it is, the last one included: unexpected, and the journal is refused with the place named).
 */
public final class JournalRecovery {

    /** What a read found: the whole events, where the whole part of the file ends, and where its records start. */
    public record Result(List<Recorded> events, long validBytes, long fileBytes, SparseIndex index) {
        public boolean tornTail() {
            return validBytes < fileBytes;
        }
    }

    private JournalRecovery() {
    }

    public static Result read(Path file) throws JournalCorruptException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file, e);
        }
        List<Recorded> events = new ArrayList<>();
        SparseIndex index = new SparseIndex();
        int start = 0;
        long lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int end = indexOf(bytes, (byte) '\n', start);
            if (end < 0) {
                return new Result(events, start, bytes.length, index); // last record never finished: torn tail
            }
            boolean last = end == bytes.length - 1;
            String problem = check(bytes, start, end, events);
            if (problem != null) {
                if (last) {
                    // A whole line (its newline was written) that fails its check is not a write cut short:
                    // the disk or someone changed it, and it may have been acknowledged. Refused, not cut.
                    throw new JournalCorruptException(file, lineNo, start, "the last record is complete but " + problem
                            + " — damage, not a torn write (it may have been acknowledged); see docs/journal.md");
                }
                throw new JournalCorruptException(file, lineNo, start, problem);
            }
            index.next(start);
            start = end + 1;
        }
        return new Result(events, bytes.length, bytes.length, index);
    }

    /** Reads a journal and, if its tail is torn, cuts the file back to its last whole record. */
    public static Result recover(Path file) throws JournalCorruptException {
        Result result = read(file);
        if (result.tornTail()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(result.validBytes());
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot cut back journal " + file, e);
            }
        }
        return result;
    }

    /** Checks one record and adds it to {@code events}; returns what is wrong with it, or null. */
    private static String check(byte[] bytes, int start, int end, List<Recorded> events) {
        if (end - start < 10 || bytes[start + 8] != ' ') {
            return "not a journal record (expected 8 hex digits, a space and JSON)";
        }
        long expected;
        try {
            expected = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return "the checksum is not hexadecimal";
        }
        byte[] json = java.util.Arrays.copyOfRange(bytes, start + 9, end);
        if (FileJournal.crc(json) != expected) {
            return "checksum mismatch: the record was altered or damaged";
        }
        Recorded r;
        try {
            r = EventCodec.parseRecorded(new String(json, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return "the record's checksum holds but its JSON does not: " + e.getOriginalMessage();
        }
        long expectedSeq = events.size() + 1L;
        if (r.seq() != expectedSeq) {
            return "sequence " + r.seq() + " where " + expectedSeq + " was due";
        }
        events.add(r);
        return null;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
