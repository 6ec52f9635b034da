package org.entente.scenario;

/**
 * One problem found in a scenario file.
 *
 * @param source  the file name (or other source name) the text came from
 * @param line    1-based line of the offending value, or 0 if unknown
 * @param column  1-based column of the offending value, or 0 if unknown
 * @param field   the field path, e.g. {@code nations[2].threat.axis.power} ({@code "$"} for the whole document)
 * @param message what is wrong, in words a scenario designer understands
 */
public record Problem(String source, int line, int column, String field, String message) {

    /** {@code FILE:LINE:COLUMN: FIELD: message}, the format the validate command prints. */
    public String format() {
        return source + ":" + line + ":" + column + ": " + field + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
