// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code idm} command-line tool: score, report, verify and summarise IDM data without writing
 * Java. Run {@code java -jar idm-cli-VERSION-all.jar --help}.
 */
module io.github.indeksdesa.idm.cli {
    requires io.github.indeksdesa.idm;
    requires io.github.indeksdesa.idm.json;
    requires io.github.indeksdesa.idm.html;
    requires io.github.indeksdesa.idm.tables;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    opens io.github.indeksdesa.idm.cli to info.picocli;

    exports io.github.indeksdesa.idm.cli;
}
