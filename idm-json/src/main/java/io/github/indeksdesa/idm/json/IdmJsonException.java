package io.github.indeksdesa.idm.json;

/**
 * Thrown when input in one of the formats of this module cannot be read. The message names the
 * source, the place (a JSON path such as {@code mapData.ROW[36].SKOR}, or a line) and what was
 * expected.
 */
public class IdmJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the source, e.g. a file name. */
    private final String sourceName;
    /** Where in the source: a JSON path or "line N". */
    private final String location;

    /**
     * Creates the exception.
     *
     * @param sourceName the source, e.g. a file name, not null
     * @param location the JSON path or line, not null
     * @param message what was expected and found, not null
     * @param cause the underlying cause, or null
     */
    public IdmJsonException(String sourceName, String location, String message, Throwable cause) {
        super(sourceName + (location.isEmpty() ? "" : " at " + location) + ": " + message, cause);
        this.sourceName = sourceName;
        this.location = location;
    }

    /**
     * Returns the name of the source that was read.
     *
     * @return the source name, not null
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Returns where in the source the problem is: a JSON path or a line.
     *
     * @return the location, empty when it concerns the whole source, not null
     */
    public String location() {
        return location;
    }
}
