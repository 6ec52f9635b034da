package org.entente.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.entente.engine.event.Recorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory: one journal per session under {@code sessions/}, and a lock so that two
 * processes never write the same journals.
 */
public final class JournalStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStore.class);
    private static final String SUFFIX = ".journal";

    private final Path sessionsDir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    /** A session found in the data directory, ready to be hosted again. */
    public record Recovered(String sessionId, List<Recorded> events, FileJournal journal) {
    }

    /** A journal that could not be loaded, and why: reported, never silently skipped. */
    public record Refused(Path file, String reason) {
    }

    public record Recovery(List<Recovered> sessions, List<Refused> refused) {
    }

    public JournalStore(Path dataDir) {
        try {
            this.sessionsDir = Files.createDirectories(dataDir.resolve("sessions"));
            this.lockChannel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            this.lock = tryLock(lockChannel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data directory " + dataDir.toAbsolutePath(), e);
        }
        if (lock == null) {
            closeQuietly(lockChannel);
            throw new IllegalStateException("the data directory " + dataDir.toAbsolutePath()
                    + " is in use by another Entente process; give each node its own --data-dir");
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by another node in this same JVM
        }
    }

    public FileJournal create(String sessionId) {
        Path file = sessionsDir.resolve(sessionId + SUFFIX);
        if (Files.exists(file)) {
            throw new IllegalStateException("a journal for session " + sessionId + " exists already");
        }
        return FileJournal.open(file);
    }

    /** Reads every journal back, cutting torn tails and refusing damaged journals with the place named. */
    public Recovery recoverAll() {
        List<Recovered> sessions = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sessionsDir, "*" + SUFFIX)) {
            for (Path file : files) {
                String id = file.getFileName().toString().replace(SUFFIX, "");
                try {
                    JournalRecovery.Result result = JournalRecovery.recover(file);
                    if (result.tornTail()) {
                        LOG.warn("session {}: torn tail of {} bytes at byte {} cut back to event {} (a crash mid-write; "
                                        + "that event was never acknowledged)", id, result.fileBytes() - result.validBytes(),
                                result.validBytes(), result.events().size());
                    }
                    if (result.events().isEmpty()) {
                        refused.add(new Refused(file, "the journal holds no whole event"));
                        continue;
                    }
                    sessions.add(new Recovered(id, result.events(), FileJournal.open(file)));
                } catch (JournalCorruptException e) {
                    LOG.error("session {} not loaded: {}", id, e.getMessage());
                    refused.add(new Refused(file, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions.sort(java.util.Comparator.comparing(Recovered::sessionId));
        return new Recovery(sessions, refused);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing with a clearer message
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
