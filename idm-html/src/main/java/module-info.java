// SPDX-License-Identifier: Apache-2.0
/**
 * Self-contained HTML pages with inline SVG charts: village reports, regional dashboards, the work
 * per agency and year-over-year comparisons. Start at {@link io.github.indeksdesa.idm.html.HtmlReports}.
 */
module io.github.indeksdesa.idm.html {
    requires transitive io.github.indeksdesa.idm;
    requires gg.jte.runtime;
    // The generated templates carry @javax.annotation.processing.Generated (source retention).
    requires static java.compiler;

    exports io.github.indeksdesa.idm.html;

    opens io.github.indeksdesa.idm.html.internal to gg.jte.runtime;
}
