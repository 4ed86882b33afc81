// SPDX-License-Identifier: Apache-2.0
/**
 * Jackson binding for the idm-core values, and readers and writers of the ministry's formats.
 */
module io.github.indeksdesa.idm.json {
    requires transitive io.github.indeksdesa.idm;
    requires transitive com.fasterxml.jackson.databind;
    requires java.xml;

    exports io.github.indeksdesa.idm.json;

    provides com.fasterxml.jackson.databind.Module with io.github.indeksdesa.idm.json.IdmModule;
}
