// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring many villages at memory speed from a compact representation, without an object per
 * village: for the IDM {@link io.github.indeksdesa.idm.batch.ScoreMatrix} (50 bytes a village) and
 * {@link io.github.indeksdesa.idm.batch.BatchScorer}; for the Indeks Desa
 * {@link io.github.indeksdesa.idm.batch.IndeksDesaMatrix} (127 bytes a village) and
 * {@link io.github.indeksdesa.idm.batch.IndeksDesaBatchScorer}. Both give exactly what the
 * per-village API gives, and answer what-if questions for one indicator or item over all villages.
 */
package io.github.indeksdesa.idm.batch;
