// SPDX-License-Identifier: Apache-2.0
/**
 * The two village indices as data with exact scoring: the IDM (data years up to 2024) and the
 * Indeks Desa (from 2025, package {@code io.github.indeksdesa.idm.id}); statuses, the ministry's
 * report, planning, batch scoring and verification. No dependencies.
 */
module io.github.indeksdesa.idm {
    requires static org.immutables.value.annotations;

    exports io.github.indeksdesa.idm;
    exports io.github.indeksdesa.idm.id;
    exports io.github.indeksdesa.idm.report;
    exports io.github.indeksdesa.idm.plan;
    exports io.github.indeksdesa.idm.batch;
    exports io.github.indeksdesa.idm.verify;
    exports io.github.indeksdesa.idm.io;
}
