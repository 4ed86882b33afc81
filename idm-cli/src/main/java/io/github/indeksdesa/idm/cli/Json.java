// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON generators over the command's output that never close it. */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private Json() {
    }

    /** A generator for newline-delimited JSON: call {@link #endLine(JsonGenerator)} after each value. */
    static JsonGenerator lines(Writer out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.setRootValueSeparator(null);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator for one pretty-printed document. */
    static JsonGenerator pretty(Writer out) {
        try {
            return FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void endLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }
}
