/**
 * The IDM model as data, exact scoring, statuses and the ministry's report. No dependencies.
 */
module io.github.indeksdesa.idm {
    exports io.github.indeksdesa.idm;
    exports io.github.indeksdesa.idm.report;
}
