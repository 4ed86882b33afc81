// SPDX-License-Identifier: Apache-2.0
/**
 * Runnable examples of idm-java.
 */
module io.github.indeksdesa.idm.examples {
    requires io.github.indeksdesa.idm;
    requires io.github.indeksdesa.idm.json;
    requires io.github.indeksdesa.idm.tables;

    exports io.github.indeksdesa.idm.examples;
}
