package org.entente.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.entente.engine.event.Recorded;

/**
 * A session's journal as an append-only file of lines, {@code <crc32c as 8 hex digits> <event JSON>\n},
 * flushed to the disk ({@code fsync}) before {@link #append} returns — and so before any command is
 * acknowledged. The format and its recovery rules are in docs/journal.md.
 *
 * <p>Events are read back by range ({@link #read}) through a {@link SparseIndex}: a session keeps only its
 * recent events in memory, and a client catching up from an old position, a review or a replay reads the
 * rest from here.
 */
public final class FileJournal implements EventJournal {
    private final Path file;
    private final FileChannel channel;
    private final SparseIndex index;
    private final LineBuffer lines = new LineBuffer();
    /** Where the next record goes: the end of the last whole record written. */
    private long size;

    private FileJournal(Path file, FileChannel channel, SparseIndex index, long size) {
        this.file = file;
        this.channel = channel;
        this.index = index;
        this.size = size;
    }

    /**
     * Opens a journal for appending; the file must already have been recovered (see {@link JournalRecovery}).
     * An existing file is scanned once for where its records start.
     */
    public static FileJournal open(Path file) {
        SparseIndex index = new SparseIndex();
        long size = 0;
        try {
            if (java.nio.file.Files.exists(file)) {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    if (i == 0 || bytes[i - 1] == '\n') {
                        index.next(i);
                    }
                }
                size = bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + file, e);
        }
        return open(file, index, size);
    }

    /** Opens a journal that {@link JournalRecovery} has just read (and cut back): its index comes with it. */
    public static FileJournal open(Path file, JournalRecovery.Result recovered) {
        return open(file, recovered.index(), recovered.validBytes());
    }

    private static FileJournal open(Path file, SparseIndex index, long size) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            return new FileJournal(file, channel, index, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(List<Recorded> events) {
        write(events);
        sync();
    }

    @Override
    public synchronized void write(List<Recorded> events) {
        long[] starts = new long[events.size()];
        for (int i = 0; i < events.size(); i++) {
            starts[i] = size + lines.add(EventCodec.recordedJson(events.get(i)));
        }
        ByteBuffer bytes = lines.contents();
        int length = lines.length();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes, size + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + file, e);
        } finally {
            lines.clear();
        }
        size += length;
        for (long start : starts) {
            index.next(start);
        }
    }

    @Override
    public synchronized void sync() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush journal " + file + " to the disk", e);
        }
    }

    @Override
    public List<Recorded> readAll() {
        return read(1, Long.MAX_VALUE);
    }

    /**
     * Events {@code from..to} (inclusive; {@code to} beyond the last event means up to the last), read from
     * the file: from the nearest indexed record at or before {@code from} to the first indexed one after
     * {@code to}. Each record's checksum is checked again; a record that fails it throws.
     */
    @Override
    public List<Recorded> read(long from, long to) {
        long seq;
        long start;
        long end;
        List<Recorded> out = new ArrayList<>();
        // Only where to read is decided under the lock; the reading itself does not hold up appends.
        synchronized (this) {
            from = Math.max(1, from);
            to = Math.min(to, index.records());
            if (from > to) {
                return out;
            }
            seq = index.indexedSeqAtOrBefore(from);
            start = index.offsetOf(seq);
            long after = index.offsetOfIndexedAfter(to);
            end = after < 0 ? size : after;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(end - start));
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, start + buf.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + file, e);
        }
        byte[] bytes = buf.array();
        int lineStart = 0;
        for (int i = 0; i < buf.position() && seq <= to; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (seq >= from) {
                out.add(parse(bytes, lineStart, i, seq));
            }
            seq++;
            lineStart = i + 1;
        }
        if (out.size() != to - from + 1) {
            throw new IllegalStateException("journal " + file + " ends before event " + to);
        }
        return out;
    }

    private Recorded parse(byte[] bytes, int start, int end, long seq) {
        String hex = new String(bytes, start, Math.min(8, end - start), StandardCharsets.US_ASCII);
        byte[] json = java.util.Arrays.copyOfRange(bytes, Math.min(start + 9, end), end);
        try {
            if (end - start < 10 || Long.parseLong(hex, 16) != crc(json)) {
                throw new IllegalStateException("journal " + file + ": event " + seq + " fails its checksum");
            }
            Recorded r = EventCodec.parseRecorded(new String(json, StandardCharsets.UTF_8));
            if (r.seq() != seq) {
                throw new IllegalStateException("journal " + file + ": event " + r.seq() + " where " + seq + " was due");
            }
            return r;
        } catch (NumberFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("journal " + file + ": event " + seq + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String line(String json) {
        String hex = Long.toHexString(crc(json.getBytes(StandardCharsets.UTF_8)));
        return "00000000".substring(hex.length()) + hex + ' ' + json + '\n';
    }

    public static long crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
