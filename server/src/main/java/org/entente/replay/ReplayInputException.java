package org.entente.replay;

/** A log that cannot be replayed: unreadable, or damaged at a named place (record number and byte offset). */
public final class ReplayInputException extends Exception {
    private final long record;
    private final long byteOffset;

    public ReplayInputException(String message, long record, long byteOffset) {
        super(message);
        this.record = record;
        this.byteOffset = byteOffset;
    }

    public ReplayInputException(String message) {
        this(message, -1, -1);
    }

    /** The 1-based record (line) number where the damage is, or -1 if the file could not be read at all. */
    public long record() {
        return record;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
