// SPDX-License-Identifier: Apache-2.0
/**
 * The ministry's per-village report ({@code rumusan}) as a value: identity, summary and the rows in
 * the ministry's order and layout, computed from a {@link io.github.indeksdesa.idm.VillageResult}.
 */
package io.github.indeksdesa.idm.report;
