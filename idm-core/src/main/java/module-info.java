/**
 * The IDM model as data, exact scoring, statuses, the ministry's report, planning, batch scoring
 * and verification. No dependencies.
 */
module io.github.indeksdesa.idm {
    requires static org.immutables.value.annotations;

    exports io.github.indeksdesa.idm;
    exports io.github.indeksdesa.idm.report;
    exports io.github.indeksdesa.idm.plan;
    exports io.github.indeksdesa.idm.batch;
    exports io.github.indeksdesa.idm.verify;
    exports io.github.indeksdesa.idm.io;
}
