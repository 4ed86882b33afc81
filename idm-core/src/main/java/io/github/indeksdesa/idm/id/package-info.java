// SPDX-License-Identifier: Apache-2.0
/**
 * The Indeks Desa (ID), the ministry's village index from data year 2025: the model as data and
 * exact scoring. (For data years up to 2024, the IDM, see {@code io.github.indeksdesa.idm}.)
 *
 * <p>Start from {@link io.github.indeksdesa.idm.id.IndeksDesaModel#official()}: the 127 items of
 * Permendesa PDTT 9/2024 in official order, in six {@link io.github.indeksdesa.idm.id.Dimension
 * dimensions}, each {@link io.github.indeksdesa.idm.id.Item item} with its official names, its
 * column header in the ministry's score export, the recommendation and activity per score and the
 * agencies per government level. Item codes LD01..TK16 are this project's (the ministry publishes
 * none); {@link io.github.indeksdesa.idm.id.IndeksDesaModel#findByHeader(String)} finds an item by
 * the ministry's header text.
 *
 * <p>{@link io.github.indeksdesa.idm.id.IndeksDesaScores} is one village's 127 scores (1..5) for one
 * year; {@link io.github.indeksdesa.idm.id.IndeksDesaResult} is what they determine: the points per
 * item, sub-dimension and dimension, the total P, the {@link io.github.indeksdesa.idm.id.SkorId Skor
 * ID} ({@code 100·P/635}, published to 2 decimals), the {@link io.github.indeksdesa.idm.Status
 * status} (decided by the integer P: up to 314, 364, 440 and 505 points, then MANDIRI), the target
 * status and the points still needed.
 *
 * <pre>{@code
 * IndeksDesaModel model = IndeksDesaModel.official();
 * int[] scores = new int[model.itemCount()];          // 127 scores 1..5, official order
 * Arrays.fill(scores, 3);
 * scores[model.position(model.item("LD01"))] = 5;
 * IndeksDesaResult result = IndeksDesaScores.of(model, VillageCode.of("3301012001"), 2025, scores).evaluate();
 * result.points();                         // 383
 * result.skorId().toPublishedString();     // "60.31"
 * result.status();                         // BERKEMBANG
 * result.targetStatus();                   // MAJU
 * result.pointsToTarget();                 // 58
 * result.points(Dimension.LD);             // 104 of 170
 * }</pre>
 *
 * <p>Verification of published ID figures is in {@code io.github.indeksdesa.idm.verify}, batch
 * scoring in {@code io.github.indeksdesa.idm.batch}, planning in {@code io.github.indeksdesa.idm.plan},
 * beside the IDM's. The shared vocabulary ({@link io.github.indeksdesa.idm.Status},
 * {@link io.github.indeksdesa.idm.VillageCode}, {@link io.github.indeksdesa.idm.Agencies}) is in
 * {@code io.github.indeksdesa.idm}.
 *
 * <p>All types are immutable and thread-safe unless they are builders. Arguments are never null
 * unless a parameter says so; a null argument throws {@link java.lang.NullPointerException} naming
 * the parameter.
 */
package io.github.indeksdesa.idm.id;
