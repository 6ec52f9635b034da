package org.entente.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.journal.JournalCorruptException;
import org.entente.journal.JournalRecovery;

/**
 * Reads a session's log from a file: a journal ({@code <crc> <json>} lines, read with the journal's
 * own recovery rules) or an exported JSON Lines log ({@code <json>} lines). The format is told from
 * the first bytes.
 */
public final class LogFile {

    public enum Format {
        JOURNAL, JSON_LINES
    }

    /** What was read: the events, the format, and — for a journal with a torn tail — how many bytes were left aside. */
    public record Read(List<Recorded> events, Format format, long tornTailBytes, long tornTailOffset) {
    }

    private LogFile() {
    }

    /** The largest log replayed, in bytes: a long exercise writes some tens of megabytes. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    public static Read read(Path file) throws ReplayInputException {
        Format format = detect(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ReplayInputException("cannot replay " + file + ": it is " + size + " bytes; the limit is "
                        + MAX_BYTES + " bytes (512 MiB, LogFile.MAX_BYTES)");
            }
        } catch (IOException e) {
            throw new ReplayInputException("cannot read " + file + ": " + e.getMessage());
        }
        if (format == Format.JOURNAL) {
            try {
                JournalRecovery.Result r = JournalRecovery.read(file);
                return new Read(r.events(), format, r.fileBytes() - r.validBytes(), r.validBytes());
            } catch (JournalCorruptException e) {
                throw new ReplayInputException("corrupt journal " + file + " at record " + e.line() + " (byte "
                        + e.byteOffset() + "): " + problem(e), e.line(), e.byteOffset());
            } catch (java.io.UncheckedIOException e) {
                throw new ReplayInputException("cannot read " + file + ": " + e.getCause().getMessage());
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReplayInputException("cannot read " + file + ": " + e.getMessage());
        }
        return new Read(parseJsonLines(file.toString(), bytes), format, 0, bytes.length);
    }

    private static String problem(JournalCorruptException e) {
        String m = e.getMessage();
        int colon = m.indexOf("): ");
        return colon < 0 ? m : m.substring(colon + 3);
    }

    /** JOURNAL if the first line starts with 8 hex digits and a space, JSON_LINES if with '{'. */
    static Format detect(Path file) throws ReplayInputException {
        if (Files.isDirectory(file)) {
            throw new ReplayInputException("cannot read " + file + ": is a directory");
        }
        byte[] head = new byte[10];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ReplayInputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ReplayInputException("cannot read " + file + ": " + e.getMessage());
        }
        if (n == 0) {
            throw new ReplayInputException("cannot replay " + file + ": the file is empty", 1, 0);
        }
        if (head[0] == '{') {
            return Format.JSON_LINES;
        }
        if (n >= 10 && head[8] == ' ' && head[9] == '{') {
            boolean hex = true;
            for (int i = 0; i < 8; i++) {
                hex &= Character.digit(head[i], 16) >= 0;
            }
            if (hex) {
                return Format.JOURNAL;
            }
        }
        throw new ReplayInputException("cannot replay " + file + ": neither a journal (<crc> <json> lines) nor a JSON Lines "
                + "log (one event object per line)", 1, 0);
    }

    /** Parses exported JSON Lines; every line must be a whole event, in sequence from 1. Blank lines are ignored. */
    public static List<Recorded> parseJsonLines(String name, byte[] bytes) throws ReplayInputException {
        List<Recorded> events = new ArrayList<>();
        int start = 0;
        long lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (stop > start) {
                Recorded r;
                try {
                    r = EventCodec.parseRecorded(new String(bytes, start, stop - start, StandardCharsets.UTF_8));
                } catch (JsonProcessingException e) {
                    throw new ReplayInputException(name + " at line " + lineNo + " (byte " + start + "): not an event: "
                            + e.getOriginalMessage(), lineNo, start);
                }
                long due = events.size() + 1L;
                if (r.seq() != due) {
                    throw new ReplayInputException(name + " at line " + lineNo + " (byte " + start + "): sequence "
                            + r.seq() + " where " + due + " was due (a filtered export cannot be replayed; export the full log)",
                            lineNo, start);
                }
                events.add(r);
            }
            start = end + 1;
        }
        return events;
    }
}
