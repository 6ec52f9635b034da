package org.entente.framework;

/**
 * A malformed case: the message names the field, the value and what is allowed (CLI exit 2, HTTP 400).
 */
public final class InvalidCaseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field  the JSON path of the bad field, e.g. {@code partners[0].voice} ({@code body} for the whole body)
     * @param detail what is wrong with it
     */
    public InvalidCaseException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
    }

    /** The JSON path of the bad field, e.g. {@code partners[0].voice} or {@code leader.power}. */
    public String field() {
        return field;
    }
}
