// SPDX-License-Identifier: Apache-2.0
/**
 * The IDM model and exact scoring.
 *
 * <p>{@link io.github.indeksdesa.idm.IdmModel} holds an edition of the model as data (the
 * {@linkplain io.github.indeksdesa.idm.IdmModel#official() official} 50-indicator edition ships
 * inside this library); {@link io.github.indeksdesa.idm.VillageScores} is one village's scores for
 * one year and {@link io.github.indeksdesa.idm.VillageResult} everything they determine: IKS, IKE,
 * IKL and IDM as exact {@link io.github.indeksdesa.idm.Fraction fractions}, the
 * {@link io.github.indeksdesa.idm.Status status}, target, minimum score, gap and per-indicator gain.
 * {@link io.github.indeksdesa.idm.IndexRecovery} recovers exact values from published 4-decimal
 * figures.
 *
 * <p>All types are immutable and thread-safe unless they are builders. Arguments are never null
 * unless a parameter says so; a null argument throws {@link java.lang.NullPointerException} naming
 * the parameter.
 */
package io.github.indeksdesa.idm;
