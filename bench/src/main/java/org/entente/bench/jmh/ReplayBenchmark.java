package org.entente.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.engine.SessionState;
import org.entente.engine.event.Recorded;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.entente.journal.FileJournal;
import org.entente.journal.JournalCorruptException;
import org.entente.journal.JournalRecovery;

/**
 * {@link SessionState#replay} of a large journal: {@link JournalFixture#EVENTS} events of a bundled
 * scenario (libya-2011), built through the real commands — plenary and bilateral messages, offers and
 * answers, phases and adjudicated turns. The score is per event (events/s); it includes parsing the
 * scenario once, as a real replay does. {@link #recoverFromFile} is what a node does at start: the same
 * events written by {@link FileJournal}, read back and checked line by line ({@link JournalRecovery#read},
 * CRC32C and JSON decoding), then folded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {
    private List<Recorded> log;
    private Path file;

    @Setup
    public void setup() throws IOException {
        log = JournalFixture.log();
        Path dir = Files.createTempDirectory("entente-bench-journal");
        file = dir.resolve("journal.log");
        FileJournal journal = FileJournal.open(file);
        journal.append(log);
        journal.close();
        System.out.printf("%n[setup] replaying %d events (%d bytes of journal in %s)%n", log.size(), Files.size(file), file);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    @Benchmark
    @OperationsPerInvocation(JournalFixture.EVENTS)
    public SessionState replay() {
        return SessionState.replay(log);
    }

    @Benchmark
    @OperationsPerInvocation(JournalFixture.EVENTS)
    public SessionState recoverFromFile() throws JournalCorruptException {
        return SessionState.replay(JournalRecovery.read(file).events());
    }
}
