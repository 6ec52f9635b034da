package org.entente.debrief;

/** A "what if" that cannot be asked of this log, naming the field at fault. */
public final class WhatIfException extends Exception {
    private final String field;

    public WhatIfException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
