// SPDX-License-Identifier: Apache-2.0
/**
 * Verification of published IDM data (ministry reports and bulk tables) against the model: every
 * inconsistency, named, and whether it changes a village's status.
 */
package io.github.indeksdesa.idm.verify;
