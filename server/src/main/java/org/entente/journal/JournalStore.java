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

    /**
     * A session found in the data directory, hosted again: its events went to the {@link Host} and are not
     * kept here (500 long sessions' logs would otherwise stay in the heap).
     */
    public record Recovered(String sessionId, int eventCount, FileJournal journal) {
    }

    /** Takes each recovered session as soon as it is read; called on several threads at once. */
    @FunctionalInterface
    public interface Host {
        void host(String sessionId, List<Recorded> events, FileJournal journal);
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
        return recoverEach(RECOVERY_THREADS, (id, events, journal) -> { });
    }

    /** Threads that read journals back on start: reading and folding is CPU-bound, so one per core. */
    public static final int RECOVERY_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /**
     * Reads every journal back on {@code threads} threads at once and hands each session to {@code host} as
     * soon as it is read (so a node with 500 long sessions neither reads them one by one nor holds every log
     * at once), logging progress every few seconds. Torn tails are cut; damaged journals are refused with the
     * place named. If {@code host} throws for a session, that session is refused with the reason.
     */
    public Recovery recoverEach(int threads, Host host) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(sessionsDir, "*" + SUFFIX)) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        List<Recovered> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Refused> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong lastReport = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, files.size())), r -> {
                    Thread t = new Thread(r, "journal-recovery");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (Path file : files) {
                work.add(pool.submit(() -> {
                    recoverOne(file, host, sessions, refused);
                    int n = done.incrementAndGet();
                    long now = System.nanoTime();
                    long before = lastReport.get();
                    if (now - before > 5_000_000_000L && lastReport.compareAndSet(before, now)) {
                        LOG.info("recovery: {} of {} journals read ({} s)", n, files.size(), (now - started) / 1_000_000_000);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recovering the journals", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        if (!files.isEmpty()) {
            LOG.info("recovery: {} sessions read back ({} refused) in {} ms on {} threads", sessions.size(), refused.size(),
                    (System.nanoTime() - started) / 1_000_000, Math.min(threads, files.size()));
        }
        List<Recovered> sorted = new ArrayList<>(sessions);
        sorted.sort(java.util.Comparator.comparing(Recovered::sessionId));
        List<Refused> refusedSorted = new ArrayList<>(refused);
        refusedSorted.sort(java.util.Comparator.comparing(r -> r.file().toString()));
        return new Recovery(sorted, refusedSorted);
    }

    private static void recoverOne(Path file, Host host, List<Recovered> sessions, List<Refused> refused) {
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
                return;
            }
            FileJournal journal = FileJournal.open(file, result);
            try {
                host.host(id, result.events(), journal);
            } catch (RuntimeException e) {
                journal.close();
                LOG.error("session {} not hosted: {}", id, e.toString());
                refused.add(new Refused(file, "the session could not be rebuilt from its journal: " + e));
                return;
            }
            sessions.add(new Recovered(id, result.events().size(), journal));
        } catch (JournalCorruptException e) {
            LOG.error("session {} not loaded: {}", id, e.getMessage());
            refused.add(new Refused(file, e.getMessage()));
        }
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
