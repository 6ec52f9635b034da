package org.entente.journal;

import java.nio.file.Path;

/** A journal damaged before its last record: reported with where, never silently skipped. */
public final class JournalCorruptException extends Exception {
    private final Path file;
    private final long line;
    private final long byteOffset;

    public JournalCorruptException(Path file, long line, long byteOffset, String problem) {
        super(file + ": record " + line + " (byte " + byteOffset + "): " + problem);
        this.file = file;
        this.line = line;
        this.byteOffset = byteOffset;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
