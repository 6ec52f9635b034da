package org.entente.web.protocol;

/** A frame that could not be decoded: the command id if one could be read, and what is wrong with which field. */
public final class ProtocolError extends Exception {
    private final String id;
    private final String code;
    private final String field;

    public ProtocolError(String id, String code, String field, String message) {
        super(message, null, false, false);
        this.id = id;
        this.code = code;
        this.field = field;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
