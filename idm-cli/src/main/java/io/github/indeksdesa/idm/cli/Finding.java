package io.github.indeksdesa.idm.cli;

/**
 * One inconsistency found by {@code idm verify}.
 *
 * @param source the input it was found in
 * @param kodeDesa the village code as written, or null where there is none (conformance vectors)
 * @param tahun the data year, or null
 * @param check the stable name of the check (see {@link Verifier})
 * @param field where: a JSON path, a column, or vector/column
 * @param published the value as published, or null if missing
 * @param expected what the model gives, or what was expected
 * @param statusChanged whether the village's status would differ
 */
record Finding(String source, String kodeDesa, Integer tahun, String check, String field, String published,
        String expected, boolean statusChanged) {
}
