/**
 * The idm command-line tool.
 */
module io.github.indeksdesa.idm.cli {
    requires io.github.indeksdesa.idm;
    requires io.github.indeksdesa.idm.json;
    requires info.picocli;

    opens io.github.indeksdesa.idm.cli to info.picocli;

    exports io.github.indeksdesa.idm.cli;
}
