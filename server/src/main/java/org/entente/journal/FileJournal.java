package org.entente.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;
import org.entente.engine.event.Recorded;

/**
 * A session's journal as an append-only file of lines, {@code <crc32c as 8 hex digits> <event JSON>\n},
 * flushed to the disk ({@code fsync}) before {@link #append} returns — and so before any command is
 * acknowledged. The format and its recovery rules are in docs/journal.md.
 */
public final class FileJournal implements EventJournal {
    private final Path file;
    private final FileChannel channel;

    private FileJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens a journal for appending; the file must already have been recovered (see {@link JournalRecovery}). */
    public static FileJournal open(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new FileJournal(file, channel);
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
        StringBuilder lines = new StringBuilder();
        for (Recorded r : events) {
            lines.append(line(EventCodec.recordedJson(r)));
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + file, e);
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
        try {
            return JournalRecovery.read(file).events();
        } catch (JournalCorruptException e) {
            throw new IllegalStateException(e.getMessage(), e);
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
