// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

/**
 * An input that cannot be read: names the source, the place in it and the reason.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String reason;

    InputException(String source, String place, String reason, Throwable cause) {
        super(source + (place.isEmpty() ? "" : ": " + place) + ": " + reason, cause);
        this.source = source;
        this.place = place;
        this.reason = reason;
    }

    InputException(String source, String place, String reason) {
        this(source, place, reason, null);
    }

    String source() {
        return source;
    }

    String place() {
        return place;
    }

    String reason() {
        return reason;
    }
}
