package org.entente.journal;

import java.util.Arrays;

/**
 * Where some of a journal's records start in its file: the byte offset of every {@value #STRIDE}th record
 * (seq 1, 257, 513…). A read of events {@code from..to} starts at the nearest indexed record at or before
 * {@code from} and skips at most {@value #STRIDE}−1 records, while the index costs 8 bytes per
 * {@value #STRIDE} events instead of an offset per event.
 */
public final class SparseIndex {
    public static final int STRIDE = 256;

    private long[] offsets = new long[16];
    private int size;
    private long records;

    /** Notes that the next record (seq {@code records + 1}) starts at {@code offset}. */
    public void next(long offset) {
        if (records % STRIDE == 0) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size++] = offset;
        }
        records++;
    }

    /** How many records have been noted. */
    public long records() {
        return records;
    }

    /** The seq of the nearest indexed record at or before {@code seq} (1-based). */
    public long indexedSeqAtOrBefore(long seq) {
        return (seq - 1) / STRIDE * STRIDE + 1;
    }

    /** The byte offset of an indexed seq (one {@link #indexedSeqAtOrBefore} returned). */
    public long offsetOf(long indexedSeq) {
        int slot = (int) ((indexedSeq - 1) / STRIDE);
        if ((indexedSeq - 1) % STRIDE != 0 || slot >= size) {
            throw new IllegalArgumentException("record " + indexedSeq + " is not indexed");
        }
        return offsets[slot];
    }

    /** The offset of the first indexed record after {@code seq}, or -1 if none is indexed yet. */
    public long offsetOfIndexedAfter(long seq) {
        int slot = (int) ((seq - 1) / STRIDE) + 1;
        return slot < size ? offsets[slot] : -1;
    }
}
