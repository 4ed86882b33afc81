// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the precompiled templates of this package. Not part of the API: the package is not
 * exported.
 */
public final class Pages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());

    private Pages() {
    }

    /**
     * Renders a template into an {@link Appendable}.
     *
     * @param template the template's file name, e.g. "village.jte"
     * @param params the template's parameters by name
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void render(String template, Map<String, Object> params, Appendable out) {
        ENGINE.render(template, params, new AppendableOutput(out));
    }

    /** A template output that appends to an {@link Appendable}. */
    private static final class AppendableOutput implements TemplateOutput {
        private final Appendable out;

        AppendableOutput(Appendable out) {
            this.out = out;
        }

        @Override
        public void writeContent(String value) {
            try {
                out.append(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            try {
                out.append(value, beginIndex, endIndex);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
