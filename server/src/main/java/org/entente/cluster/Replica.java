package org.entente.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.journal.FileJournal;

/**
 * This node's durable copy of one session's log (its journal file), with the two numbers that make
 * recovery safe (docs/architecture.md, "Replication and recovery"), kept in {@code <id>.epoch}:
 * <ul>
 *   <li>{@code promised}: the highest epoch this node has promised to; appends from a lower epoch are refused;</li>
 *   <li>{@code tag}: the epoch whose owner vouched for this whole copy — it is a prefix of that owner's log.</li>
 * </ul>
 * Logs are compared by (tag, last seq). Each event also has a chain hash (of every line up to it), kept
 * in memory, so that two copies agreeing at a seq agree on everything before it.
 *
 * <p>Appending costs the batch, never the log: the file is appended to, and only the chain and the
 * byte offset of each line are kept in memory. Thread-safe (every method synchronized).
 */
final class Replica implements AutoCloseable {
    private final String sessionId;
    private final Path file;
    private final Path epochFile;
    private FileChannel channel;
    private long promised;
    private long tag;
    private long[] chain = new long[64];
    private long[] offsets = new long[64];
    private long size;
    private int last;

    private Replica(String sessionId, Path file) {
        this.sessionId = sessionId;
        this.file = file;
        this.epochFile = file.resolveSibling(sessionId + ".epoch");
    }

    /** Opens a copy whose journal has been recovered already (every line whole), or a new empty one. */
    static Replica open(String sessionId, Path file) {
        Replica r = new Replica(sessionId, file);
        List<String> lines = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    if (line.length() > 9) {
                        lines.add(line.substring(9));
                    }
                }
            }
            r.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            r.channel.position(r.channel.size());
            r.size = r.channel.size();
            if (Files.exists(r.epochFile)) {
                String[] parts = Files.readString(r.epochFile).trim().split(" ");
                r.promised = Long.parseLong(parts[0]);
                r.tag = Long.parseLong(parts[1]);
            } else if (!lines.isEmpty()) {
                // A journal from before epochs were kept (or a single node turned cluster member): it was written at epoch 1.
                r.promised = 1;
                r.tag = 1;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot open the replica of session " + sessionId + ": " + e, e);
        }
        long offset = 0;
        for (String json : lines) {
            r.index(json, offset);
            offset += FileJournal.line(json).getBytes(StandardCharsets.UTF_8).length;
        }
        return r;
    }

    String sessionId() {
        return sessionId;
    }

    synchronized long promised() {
        return promised;
    }

    synchronized long tag() {
        return tag;
    }

    synchronized int last() {
        return last;
    }

    /** The chain hash after event {@code seq} (0 for the empty log). */
    synchronized long chainAt(long seq) {
        return seq <= 0 || seq > last ? 0 : chain[(int) seq - 1];
    }

    /** Promises {@code epoch} if it is above every promise made so far; returns whether it did. */
    synchronized boolean promise(long epoch) {
        if (epoch <= promised) {
            return false;
        }
        promised = epoch;
        persistEpochs();
        return true;
    }

    /** What an append came to. */
    enum Outcome { OK, FENCED, MISMATCH }

    /**
     * Writes {@code lines} as events {@code first, first+1, …} for the owner of {@code epoch}, if this
     * copy agrees with that owner up to {@code first - 1} ({@code prev} is the owner's chain there).
     * Events already here and equal are kept; from the first that differs the copy is cut back and
     * rewritten. With {@code adopt} (a regular append, or the last part of a catch-up) the copy takes the
     * owner's epoch as its tag and ends where this batch ends: what lies beyond was never vouched for by
     * that owner. Without it (the first parts of a long catch-up) the tag stays as it was, so a copy cut
     * short by a crash mid-way never claims more than it holds. With {@code durable}, the file is
     * flushed to the disk before returning.
     */
    synchronized Outcome append(long epoch, long first, long prev, List<String> lines, boolean adopt, boolean durable) {
        if (epoch < promised) {
            return Outcome.FENCED;
        }
        if (first < 1 || first - 1 > last || chainAt(first - 1) != prev) {
            return Outcome.MISMATCH;
        }
        long h = prev;
        int seq = (int) first - 1;
        int i = 0;
        for (; i < lines.size() && seq + 1 <= last; i++) {
            h = next(h, lines.get(i));
            if (chain[seq] != h) {
                break;
            }
            seq++;
        }
        boolean adopting = adopt && epoch != tag;
        if (seq < last && (i < lines.size() || adopting)) {
            truncate(seq);
        }
        if (i < lines.size()) {
            StringBuilder text = new StringBuilder();
            long offset = size;
            for (; i < lines.size(); i++) {
                String json = lines.get(i);
                String line = FileJournal.line(json);
                index(json, offset);
                offset += line.getBytes(StandardCharsets.UTF_8).length;
                text.append(line);
            }
            write(text.toString());
        }
        if (durable) {
            force();
        }
        if (epoch > promised || adopting) {
            promised = Math.max(promised, epoch);
            if (adopt) {
                tag = epoch;
            }
            persistEpochs();
        }
        return Outcome.OK;
    }

    /** Flushes what {@link #append} wrote without {@code durable}. */
    synchronized void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the journal of session " + sessionId, e);
        }
    }

    /** The JSON of events {@code from..to} (inclusive), read back from the file. */
    synchronized List<String> read(long from, long to) {
        List<String> out = new ArrayList<>();
        if (from < 1 || from > last) {
            return out;
        }
        to = Math.min(to, last);
        long start = offsets[(int) from - 1];
        long end = to == last ? size : offsets[(int) to];
        ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, start + buf.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal of session " + sessionId, e);
        }
        for (String line : new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).split("\n")) {
            if (line.length() > 9) {
                out.add(line.substring(9));
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing on the way out
        }
    }

    private void index(String json, long offset) {
        if (last == chain.length) {
            chain = Arrays.copyOf(chain, last * 2);
            offsets = Arrays.copyOf(offsets, last * 2);
        }
        chain[last] = next(last == 0 ? 0 : chain[last - 1], json);
        offsets[last] = offset;
        last++;
        size = offset + FileJournal.line(json).getBytes(StandardCharsets.UTF_8).length;
    }

    private void truncate(int keep) {
        long at = keep == last ? size : offsets[keep];
        try {
            channel.truncate(at);
            channel.position(at);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut back the journal of session " + sessionId, e);
        }
        last = keep;
        size = at;
    }

    private void write(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            channel.position(size - bytes.remaining());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal of session " + sessionId, e);
        }
    }

    private void persistEpochs() {
        Path tmp = epochFile.resolveSibling(sessionId + ".epoch.tmp");
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(ByteBuffer.wrap((promised + " " + tag + "\n").getBytes(StandardCharsets.US_ASCII)));
            c.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the epoch of session " + sessionId, e);
        }
        try {
            Files.move(tmp, epochFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(epochFile.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // some file systems cannot sync a directory; the rename is still atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the epoch of session " + sessionId, e);
        }
    }

    /** The chain hash: SHA-256 of the previous hash and this record's JSON, cut to 64 bits. */
    static long next(long previous, String json) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(ByteBuffer.allocate(8).putLong(previous).array());
            d.update(json.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
