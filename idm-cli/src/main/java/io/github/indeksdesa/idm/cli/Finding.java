// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import io.github.indeksdesa.idm.verify.Check;

/**
 * One inconsistency found by {@code idm verify}, in the shape of its ndjson output.
 *
 * @param source the input it was found in
 * @param kodeDesa the village code as written, or null where there is none (conformance vectors)
 * @param tahun the data year, or null
 * @param check the stable name of the check: a {@link Check} name, or {@code VECTOR_MISMATCH}
 * @param field where: a JSON path, a canonical column, or vector id/key
 * @param published the value as published, or null if missing
 * @param expected what the model gives, or what was expected
 * @param statusChanged whether the village's status would differ
 * @param place where in the source, e.g. "line 7" of a table, or empty
 */
record Finding(String source, String kodeDesa, Integer tahun, String check, String field, String published,
        String expected, boolean statusChanged, String place) {

    /** The check of conformance results that disagree with the model. */
    static final String VECTOR_MISMATCH = "VECTOR_MISMATCH";

    /** A finding of idm-core's verifier, at a place in its source. */
    static Finding of(io.github.indeksdesa.idm.verify.Finding f, String place) {
        return new Finding(f.source(), f.villageCode(), f.year(), f.check().name(), f.field(), f.published(),
                f.expected(), f.statusChanged(), place);
    }
}
